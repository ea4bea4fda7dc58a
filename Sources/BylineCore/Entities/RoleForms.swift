/// Merges the ways reports write one role (`chief executive`, `Chief Executive Officer`, `CEO`)
/// into one, so a person's page gives each role once.
///
///     RoleForms.merged([("CEO", 3), ("chief executive officer", 1), ("chief executive", 1)])
///     // ["chief executive"]
///
/// Two roles are one when they read the same once case, full stops and hyphens are folded
/// (`Vice-President`, `vice president`), when one is the other with the `officer` that ends a
/// `chief … officer` left out, or when one is written as the initials of the other (`CEO`,
/// `C.E.O.`). The canonical spelling is the one spelled out rather than in initials, then the
/// one in fewest words (`chief executive`, not `chief executive officer`), then the one most
/// reports write, then lower case over capitals (a title capitalised before a name is the same
/// role written in running text).
public enum RoleForms {
    /// The roles of `written`, variants merged, each in its canonical spelling, in order of
    /// weight (the reports giving it, summed over its spellings) and then of first appearance.
    public static func merged(_ written: [(role: String, weight: Int)]) -> [String] {
        groups(written).sorted { ($1.weight, $0.first) < ($0.weight, $1.first) }.map(\.canonical)
    }

    /// The roles one report gives a person, variants merged, in order of first appearance.
    public static func merged(_ roles: [String]) -> [String] {
        groups(roles.map { ($0, 1) }).sorted { $0.first < $1.first }.map(\.canonical)
    }

    private static func groups(_ written: [(role: String, weight: Int)]) -> [Group] {
        var groups: [Group] = []
        var groupOfKey: [[String]: Int] = [:]
        var initialisms: [(letters: String, index: Int, weight: Int)] = []
        for (order, item) in written.enumerated() {
            let form = RoleForm(item.role)
            guard !form.key.isEmpty else { continue }
            if let letters = form.initialism {
                initialisms.append((letters, order, item.weight))
                continue
            }
            if let g = groupOfKey[form.key] {
                groups[g].add(form, item.weight, at: order)
            } else {
                groupOfKey[form.key] = groups.count
                groups.append(Group(form: form, weight: item.weight, at: order))
            }
        }
        for item in initialisms {
            let form = RoleForm(written[item.index].role)
            if let g = groups.firstIndex(where: { $0.spellsOut(item.letters) }) ?? groupOfKey[form.key] {
                groups[g].add(form, item.weight, at: item.index)
            } else {
                groupOfKey[form.key] = groups.count
                groups.append(Group(form: form, weight: item.weight, at: item.index))
            }
        }
        return groups
    }

    private struct Group {
        /// Where the first of its spellings was written.
        var first: Int
        var weight = 0
        var spellings: [(form: RoleForm, weight: Int)] = []

        init(form: RoleForm, weight: Int, at order: Int) {
            first = order
            add(form, weight, at: order)
        }

        mutating func add(_ form: RoleForm, _ weight: Int, at order: Int) {
            first = min(first, order)
            self.weight += weight
            if let i = spellings.firstIndex(where: { $0.form.text == form.text }) {
                spellings[i].weight += weight
            } else {
                spellings.append((form, weight))
            }
        }

        /// Whether `letters` are the initials of this role, with or without its dropped
        /// `officer` (`ceo` for `chief executive`).
        func spellsOut(_ letters: String) -> Bool {
            spellings.contains { s in s.form.initialism == nil && s.form.fullInitials.contains(letters) }
        }

        /// Spelled out, then fewest words, then most written, then lower case, then first seen.
        var canonical: String {
            spellings.enumerated().min { a, b in
                let x = a.element, y = b.element
                return (x.form.initialism != nil ? 1 : 0, x.form.written.count, -x.weight, x.form.capitals, a.offset)
                    < (y.form.initialism != nil ? 1 : 0, y.form.written.count, -y.weight, y.form.capitals, b.offset)
            }!.element.form.text
        }
    }
}

/// One written role and its comparable key.
struct RoleForm {
    /// As written.
    let text: String
    /// The folded words as written (`vice president` for `Vice-President`).
    let written: [String]
    /// The folded words without a `chief … officer`'s final `officer`.
    let key: [String]
    /// The letters of a role written as initials (`ceo` for `CEO` or `C.E.O.`), else nil.
    let initialism: String?
    /// The capital letters in the spelling, to prefer lower case on a tie.
    let capitals: Int

    init(_ text: String) {
        self.text = text
        let folded = String(text.unicodeScalars.map { $0 == "." || ScalarClass.isHyphen($0) ? " " : Character($0) })
        written = NameForm(folded).words
        var key = written
        if key.count >= 3, key.first == "chief", key.last == "officer" { key.removeLast() }
        self.key = key
        capitals = text.unicodeScalars.filter { ScalarClass.isUpper($0) }.count
        let letters = text.unicodeScalars.filter { $0 != "." }
        if (2...5).contains(letters.count), letters.allSatisfy({ ScalarClass.isUpper($0) }) {
            initialism = String(String.UnicodeScalarView(letters)).lowercased()
        } else {
            initialism = nil
        }
    }

    /// The initials of the role, and of it with its `officer` put back.
    var fullInitials: [String] {
        let initials = String(key.compactMap(\.first))
        return [String(written.compactMap(\.first)), initials] + (key.first == "chief" ? [initials + "o"] : [])
    }
}
