/// Which initials (`UN`, `IWC`) stand for which longer place or organisation (`United Nations`,
/// `International Water Council`), decided from plain rows so that both stores (`AcronymLinks`
/// over SQLite, BylinePostgres over its server) link them by one rule:
///
/// - the candidates are the other entities of the same kind with a name of two to six words
///   (short words such as `of` give no letter) whose first letters are the initials;
/// - a candidate counts only on evidence (`backed`): letters alone are no reason, as `TV` is
///   television far more often than a firm that happens to be called T… V…;
/// - the initials stand for a candidate when exactly one is backed; otherwise they stay an
///   entity of their own.
///
/// Names are compared folded (`NameFolding`), as the `alias` table holds them.
public enum InitialsMatching {
    /// For each entity named by initials, those letters and every other entity of its kind with
    /// a name that has them.
    ///
    /// - Parameters:
    ///   - entities: places and organisations with their canonical names (as written).
    ///   - names: their folded names; only those of two or more words can give initials.
    public static func candidates(entities: [(id: Int64, kind: String, name: String)],
                                  names: [(id: Int64, kind: String, folded: String)]) -> [Int64: (letters: String, owners: Set<Int64>)] {
        var withInitials: [String: Set<Int64>] = [:]
        for name in names where name.kind != "person" && name.folded.contains(" ") {
            if let letters = initials(name.folded) { withInitials[name.kind + ":" + letters, default: []].insert(name.id) }
        }
        var out: [Int64: (letters: String, owners: Set<Int64>)] = [:]
        for entity in entities where entity.kind != "person" {
            guard let letters = acronym(entity.name),
                  let owners = withInitials[entity.kind + ":" + letters]?.subtracting([entity.id]), !owners.isEmpty else { continue }
            out[entity.id] = (letters, owners)
        }
        return out
    }

    /// Whether the corpus gives reason to read the initials `letters` as the entity whose folded
    /// names are `longNames`: a report writes the initials beside the long form (`Tidewater
    /// Ventures (TV)`, which the recogniser makes an alias), a report names both
    /// (`namedTogether`, asked only when the names do not settle it), or the pair is one of a
    /// few that every reader knows (`EU`, `European Union`).
    public static func backed(letters: String, longNames: [String], namedTogether: () throws -> Bool) rethrows -> Bool {
        if longNames.contains(where: { wellKnown[letters] == $0 }) || longNames.contains(letters) { return true }
        return try namedTogether()
    }

    /// The entity the initials stand for, given the candidates that `backed` kept.
    public static func chosen(_ backedOwners: Set<Int64>) -> Int64? {
        backedOwners.count == 1 ? backedOwners.first : nil
    }

    /// `un` for a name written `UN` or `U.N.`: two to six capital letters, lower-cased.
    public static func acronym(_ name: String) -> String? {
        let letters = name.unicodeScalars.filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(letters)).lowercased()
    }

    /// The initials of a folded name of two or more words, short words left out: `un` for
    /// `united nations`, `iwc` for `international water council`.
    public static func initials(_ folded: String) -> String? {
        let words = folded.split { $0 == " " || $0 == "-" }.filter { !shortWords.contains(String($0)) }
        guard words.count >= 2, words.count <= 6 else { return nil }
        let letters = words.compactMap(\.unicodeScalars.first)
        guard letters.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(letters))
    }

    private static let shortWords: Set<String> = ["of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "et", "&"]

    /// Initials and the long form every reader knows them for, folded.
    public static let wellKnown: [String: String] = [
        "eu": "european union", "un": "united nations", "us": "united states", "uk": "united kingdom",
        "nato": "north atlantic treaty organization", "who": "world health organization",
        "imf": "international monetary fund", "wto": "world trade organization", "ecb": "european central bank",
        "fbi": "federal bureau of investigation", "cia": "central intelligence agency",
        "opec": "organization of the petroleum exporting countries", "unicef": "united nations children's fund",
        "iaea": "international atomic energy agency", "icc": "international criminal court",
    ]
}
