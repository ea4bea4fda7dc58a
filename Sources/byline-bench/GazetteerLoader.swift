import BylineCore
import BylineIndex
import CorpusGenerator
import Foundation

/// Stands in for entity recognition while it is not merged: finds the people, places and
/// organisations the generator put in each report (it can make any report again from its
/// number) and marks their mentions, so the index's entity tables have realistic content.
struct GazetteerLoader {
    let generator: CorpusGenerator

    var loader: ReportLoader {
        let generator = self.generator
        return ReportLoader { data, file, path in
            var loaded = ReportLoader.standard.load(data, file, path)
            guard let number = Self.reportNumber(file.relativePath) else { return loaded }
            let report = generator.report(number: number)
            for i in loaded.articles.indices where loaded.articles[i].entities.isEmpty {
                loaded.articles[i].entities = Self.entities(report, blocks: loaded.articles[i].blocks)
            }
            return loaded
        }
    }

    /// `2024/06/report-000042.txt` → 42.
    static func reportNumber(_ path: String) -> Int? {
        guard let dash = path.lastIndex(of: "-"), let dot = path.lastIndex(of: "."), dash < dot else { return nil }
        return Int(path[path.index(after: dash)..<dot])
    }

    static func entities(_ report: GeneratedReport, blocks: [Block]) -> [Entity] {
        let texts = blocks.map { Array($0.text.unicodeScalars) }
        var entities: [Entity] = []
        for person in report.people {
            var taken: [Int: [Range<Int>]] = [:]
            let full = find(person.name, in: texts, skipping: &taken)
            let short = find(person.short, in: texts, skipping: &taken)
            let mentions = (full + short).sorted { ($0.block, $0.start) < ($1.block, $1.start) }
            guard !mentions.isEmpty else { continue }
            entities.append(Entity(name: person.name, kind: .person, aliases: short.isEmpty ? [] : [person.short],
                                   roles: [person.role], key: "person:" + NameFolding.fold(person.name), mentions: mentions))
        }
        for (names, kind) in [(report.places, Entity.Kind.place), (report.organisations, .organisation)] {
            for name in names {
                var taken: [Int: [Range<Int>]] = [:]
                let mentions = find(name, in: texts, skipping: &taken)
                if !mentions.isEmpty {
                    entities.append(Entity(name: name, kind: kind, key: "\(kind.rawValue):" + NameFolding.fold(name), mentions: mentions))
                }
            }
        }
        return entities
    }

    /// Whole-word occurrences of `name` not inside an occurrence found before.
    private static func find(_ name: String, in texts: [[Unicode.Scalar]], skipping taken: inout [Int: [Range<Int>]]) -> [Mention] {
        let needle = Array(name.unicodeScalars)
        var found: [Mention] = []
        for (b, hay) in texts.enumerated() where hay.count >= needle.count {
            var i = 0
            while i + needle.count <= hay.count {
                if hay[i] == needle[0], Array(hay[i..<i + needle.count]) == needle,
                   i == 0 || !hay[i - 1].properties.isAlphabetic,
                   i + needle.count == hay.count || !hay[i + needle.count].properties.isAlphabetic,
                   !(taken[b] ?? []).contains(where: { $0.overlaps(i..<i + needle.count) }) {
                    found.append(Mention(block: b, start: i, end: i + needle.count))
                    taken[b, default: []].append(i..<i + needle.count)
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return found
    }
}
