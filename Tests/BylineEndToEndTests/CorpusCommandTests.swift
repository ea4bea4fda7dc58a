import BylineCore
import Foundation
import Testing

/// `byline index`, `search`, `people` and `person` run as a user runs them, on a folder of
/// reports written for these tests, with the index in a temporary cache.
@Suite struct CorpusCommandTests {
    let root: String
    let folder: String
    let index: String

    static let reports: [(String, String)] = [
        ("strike.txt", """
            Dockworkers strike in Valparaíso

            VALPARAÍSO — Dockworkers walked out on Monday over wages, union leader José Ignacio Peña Álvarez said.

            Peña Álvarez said the strike would last until wages were raised.
            """),
        ("summit.txt", """
            Geneva water summit opens

            GENEVA — UN Special Rapporteur Amara Okafor opened the summit on water rights.

            Okafor said drought had become the rule.
            """),
        ("drought.txt", """
            Drought shrinks Lake Balkhash

            ALMATY — Energy Minister Dmitri Volkov said water rights would be reviewed.
            """),
    ]

    init() throws {
        root = NSTemporaryDirectory() + "byline-e2e-" + UUID().uuidString
        folder = root + "/reports"
        index = root + "/index.sqlite"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in Self.reports {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try Data([0xFF, 0xD8, 0x00, 0x00, 0x10, 0x4A, 0x46, 0x00, 0x00]).write(to: URL(fileURLWithPath: folder + "/photo.jpg"))
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try runByline(arguments, environment: environment)
    }

    /// What `byline show --json` says of a report, to compare against.
    func shown(_ name: String) throws -> [String: Any] {
        let run = try run(["show", folder + "/" + name, "--json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    }

    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: #""seconds":[0-9.e-]+"#, with: #""seconds":0"#, options: .regularExpression)
            .replacingOccurrences(of: #"\([0-9.]+ s\)"#, with: "(0 s)", options: .regularExpression)
    }

    @Test func indexPrintsASummaryAndTheSkippedFilesWarnings() throws {
        let first = try run(["index", folder, "--index", index])
        #expect(first.status == 0)
        #expect(Self.masked(first.out) == "3 reports indexed: 3 files added, 0 updated, 0 removed, 1 skipped (0 s)\n")
        #expect(first.err == "byline: photo.jpg: skipped, binary file (contains NUL bytes)\n")

        let second = try run(["index", folder, "--index", index, "--json"])
        #expect(second.status == 0)
        #expect(Self.masked(second.out) == """
            {"corpus":"\(folder)","index":"\(index)","reports":3,"added":0,"updated":0,"renamed":0,"removed":0,\
            "skipped":1,"unchanged":4,"seconds":0,"warnings":["photo.jpg: skipped, binary file (contains NUL bytes)"],\
            "readWarnings":[]}

            """)
    }

    /// A file indexed despite a problem (another encoding, damaged bytes) is named once, by the
    /// run that read it; it is not counted as skipped.
    @Test func indexNamesFilesItReadWithAWarningOnce() throws {
        // “Café talks in Genève” in Latin-1, and a UTF-8 report with one stray byte.
        try Data("Caf\u{E9} talks in Gen\u{E8}ve\n\nGENEVA — Amara Okafor said the talks would go on.\n".unicodeScalars
            .map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "-") })
            .write(to: URL(fileURLWithPath: folder + "/latin.txt"))
        try Data("Broken bytes\n\nGENEVA - Pe\u{F1}a said it.".utf8 + [0xFF] + Data(" The talks go on.\n".utf8))
            .write(to: URL(fileURLWithPath: folder + "/broken.txt"))

        let first = try run(["index", folder, "--index", index, "--json"])
        #expect(first.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any])
        #expect(json["added"] as? Int == 5)
        #expect(json["skipped"] as? Int == 1)
        #expect(json["readWarnings"] as? [String] == [
            "broken.txt: invalid UTF-8: 1 byte sequence shown as \u{FFFD}",
            "latin.txt: not UTF-8; decoded as Windows-1252 (Latin-1)",
        ])
        let second = try run(["index", folder, "--index", index])
        #expect(second.err == "byline: photo.jpg: skipped, binary file (contains NUL bytes)\n")

        // Changed, the file is read again and named again; its text is decoded for search.
        try Data("Caf\u{E9} talks close\n\nGENEVA - The talks closed.\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: URL(fileURLWithPath: folder + "/latin.txt"))
        let third = try run(["index", folder, "--index", index])
        #expect(third.err == """
            byline: photo.jpg: skipped, binary file (contains NUL bytes)
            byline: latin.txt: not UTF-8; decoded as Windows-1252 (Latin-1)

            """)
        let search = try run(["search", "café", "--dir", folder, "--index", index])
        #expect(search.out.contains("Café talks close"))
    }

    /// A folder of scraped pages may warn about thousands of files: twenty are named.
    @Test func manyReadWarningsAreCutToTwentyLines() throws {
        for n in 1...25 {
            try Data("Caf\u{E9} report \(n)\n\nGENEVA - The talks went on.\n".unicodeScalars.map { UInt8($0.value) })
                .write(to: URL(fileURLWithPath: folder + "/latin-\(100 + n).txt"))
        }
        let run = try run(["index", folder, "--index", index])
        let lines = run.err.split(separator: "\n")
        #expect(lines.count == 22)
        #expect(lines[1] == "byline: latin-101.txt: not UTF-8; decoded as Windows-1252 (Latin-1)")
        #expect(lines[20] == "byline: latin-120.txt: not UTF-8; decoded as Windows-1252 (Latin-1)")
        #expect(lines[21] == "byline: … and 5 more warnings (byline show FILE lists a file's warnings)")
    }

    @Test func theIndexGoesToTheCacheAndNeverIntoTheReportsFolder() throws {
        let cache = root + "/cache"
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let run = try run(["index", folder], environment: ["XDG_CACHE_HOME": cache])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
        let made = try FileManager.default.contentsOfDirectory(atPath: cache + "/byline")
        #expect(made.contains { $0.hasPrefix("reports-") && $0.hasSuffix(".sqlite") })
    }

    @Test func searchPrintsRankedResultsAsJSON() throws {
        let run = try run(["search", "water rights", "--dir", folder, "--index", index, "--json"])
        #expect(run.status == 0)
        // The first command indexes first and says so on stderr, keeping stdout for the results.
        #expect(Self.masked(run.err) == """
            byline: 3 reports indexed: 3 files added, 0 updated, 0 removed, 1 skipped (0 s)
            byline: photo.jpg: skipped, binary file (contains NUL bytes)

            """)
        #expect(run.out.hasPrefix(#"{"query":"water rights","total":2,"results":[{"id":""#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(Set(results.compactMap { $0["id"] as? String }) == ["summit", "drought"])
        let drought = try #require(results.first { $0["id"] as? String == "drought" })
        let show = try shown("drought.txt")
        #expect(drought["path"] as? String == folder + "/drought.txt")
        #expect(drought["title"] as? String == show["title"] as? String)
        #expect(drought["date"] as? NSNull != nil || drought["date"] as? String == show["date"] as? String)
        #expect(drought["score"] is Double)
        #expect((drought["snippet"] as? String ?? "").contains("[water] [rights]"))
        // Keys in the documented order.
        #expect(run.out.range(of: #"\{"id":"[^"]+","path":"[^"]+","title":"[^"]+","date":[^,]+,"score":[-0-9.e]+,"snippet":""#, options: .regularExpression) != nil)
    }

    @Test func searchPrintsResultsForPeople() throws {
        _ = try run(["index", folder, "--index", index])
        let run = try run(["search", "wages", "--dir", folder, "--index", index])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == #"1 report matches "wages":"#)
        #expect(lines[1] == "")
        #expect(lines[2].hasPrefix("1  "))
        #expect(lines[3].hasPrefix("   ") && lines[3].hasSuffix(" · " + folder + "/strike.txt"))
        #expect(lines[4].hasPrefix("   ") && lines[4].contains("[wages]"))
    }

    @Test func aMalformedQueryIsSearchedWithAOneLineNote() throws {
        _ = try run(["index", folder, "--index", index])
        let run = try run(["search", #""water rights"#, "--dir", folder, "--index", index, "--json"])
        #expect(run.status == 0)
        #expect(run.err == "byline: The closing quote was missing; searched for the phrase \"water rights\".\n")
        #expect(run.out.hasPrefix(#"{"query":"\"water rights","total":2,"#))
        let stray = try self.run(["search", "OR", "--dir", folder, "--index", index])
        #expect(stray.status == 0)
        #expect(stray.err == "byline: OR needs a word on each side; it was ignored.\n")
        #expect(stray.out == "No report matches \"OR\".\n")
    }

    @Test func aSearchWithNoMatchSaysSo() throws {
        _ = try run(["index", folder, "--index", index])
        let run = try run(["search", "hydrogen", "--dir", folder, "--index", index, "--json"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix(#"{"query":"hydrogen","total":0,"results":[],"suggestions":[],"freshness":{"checked":"files","lastFullCheck":""#))
        #expect(run.out.hasSuffix(#"Z","mayBeBehind":false}}"# + "\n"))
    }

    @Test func aMistypedQuerySuggestsTheNearestWordsAndNamesOnStderrAndInJSON() throws {
        _ = try run(["index", folder, "--index", index])
        let plain = try run(["search", "okafr", "--dir", folder, "--index", index])
        #expect(plain.status == 0)
        #expect(plain.out == "No report matches \"okafr\".\n")
        #expect(plain.err == "byline: did you mean: okafor, person:\"Amara Okafor\"?\n")
        let json = try run(["search", "drougth", "--dir", folder, "--index", index, "--json"])
        #expect(json.out.hasPrefix(#"{"query":"drougth","total":0,"results":[],"suggestions":[{"text":"drought","kind":"word","query":"drought"}],"#))
    }

    @Test func searchOptionsReadTheSameInEveryForm() throws {
        _ = try run(["index", folder, "--index", index])
        let spaced = try run(["search", "--dir", folder, "--index", index, "--limit", "1", "--json", "water", "-minister"])
        let joined = try run(["search", "water", "--dir=\(folder)", "--index=\(index)", "--limit=1", "--json", "-minister"])
        #expect(spaced.status == 0)
        // The same results; only the time of the check in "freshness" may differ.
        func results(_ out: String) -> Substring { out.prefix { $0 != "\n" }.split(separator: #","freshness""#).first ?? "" }
        #expect(results(spaced.out) == results(joined.out))
        #expect(spaced.out.hasPrefix(#"{"query":"water -minister","total":1,"results":[{"id":"summit","#))
        let negative = try run(["search", "water", "--dir", folder, "--index", index, "--limit=-1"])
        #expect(negative.status != 0)
        #expect(negative.err.contains("--limit must be 0 or more"))
        let help = try run(["search", "water", "--help"])
        #expect(help.status == 0)
        #expect(help.out.contains("Query language"))
    }

    @Test func aPersonFilterAloneShowsTheSentenceNamingThem() throws {
        _ = try run(["index", folder, "--index", index])
        let run = try run(["search", "person:Volkov", "--dir", folder, "--index", index])
        #expect(run.status == 0)
        #expect(run.out.contains("   ALMATY — Energy Minister [Dmitri Volkov] said water rights would be reviewed."))
    }

    @Test func aSmallFolderIsCheckedFileByFileSoAnEditInPlaceIsSearchedAtOnce() throws {
        _ = try run(["index", folder, "--index", index])
        let file = try #require(try FileManager.default.subpathsOfDirectory(atPath: folder).first { $0.hasSuffix(".txt") })
        let path = folder + "/" + file
        let folderTime = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)[.modificationDate] as? Date
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "\n\nThe zeppelinist arrived.\n").write(toFile: path, atomically: false, encoding: .utf8)
        if let folderTime {
            try FileManager.default.setAttributes([.modificationDate: folderTime], ofItemAtPath: (path as NSString).deletingLastPathComponent)
        }
        let found = try run(["search", "zeppelinist", "--dir", folder, "--index", index, "--json"])
        #expect(found.status == 0)
        #expect(found.out.contains(#""total":1,"#))
        #expect(!found.err.contains("may be behind"))
    }

    /// The bytes of the index's write-ahead log (0 when there is none).
    func logSize() -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: index + "-wal"))?[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test func aSearchOfAnUnchangedSmallFolderChecksEveryFileAndWritesNothing() throws {
        _ = try run(["index", folder, "--index", index])
        let stored = try FileManager.default.attributesOfItem(atPath: index)
        for _ in 1...2 {
            let found = try run(["search", "water", "--dir", folder, "--index", index, "--json"])
            #expect(found.status == 0)
            #expect(found.out.contains(#""freshness":{"checked":"files","lastFullCheck":""#))
            #expect(found.out.contains(#""mayBeBehind":false}"#))
        }
        let after = try FileManager.default.attributesOfItem(atPath: index)
        #expect(after[.modificationDate] as? Date == stored[.modificationDate] as? Date)
        #expect(after[.size] as? NSNumber == stored[.size] as? NSNumber)
        #expect(logSize() == 0)
    }

    @Test func aSearchThatHadToIndexFoldsItsLogIntoTheIndex() throws {
        _ = try run(["index", folder, "--index", index])
        try Data("Harbour pilots return\n\nThe pilots of Valparaíso returned to the harbour.\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/pilots.txt"))
        let found = try run(["search", "pilots", "--dir", folder, "--index", index])
        #expect(found.status == 0)
        #expect(found.err.contains(" added, "))
        #expect(found.out.contains("Harbour pilots return"))
        // Later searches read the index file, not pages left in the log.
        #expect(logSize() == 0)
    }

    @Test func peopleListsTheEntitiesShowRecognisesMostMentionedFirst() throws {
        var expected: [String: (kind: String, articles: Int, mentions: Int)] = [:]
        for (name, _) in Self.reports {
            for entity in try shown(name)["entities"] as? [[String: Any]] ?? [] {
                let key = entity["name"] as? String ?? ""
                var entry = expected[key] ?? (entity["kind"] as? String ?? "", 0, 0)
                entry.articles += 1
                entry.mentions += entity["mentions"] as? Int ?? 0
                expected[key] = entry
            }
        }
        let run = try run(["people", "--dir", folder, "--index", index, "--json"])
        #expect(run.status == 0)
        let people = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
        #expect(people.count == expected.count)
        for person in people {
            let name = person["name"] as? String ?? ""
            #expect(person["kind"] as? String == expected[name]?.kind)
            #expect(person["articles"] as? Int == expected[name]?.articles)
            #expect(person["mentions"] as? Int == expected[name]?.mentions)
        }
        let mentions = people.map { $0["mentions"] as? Int ?? 0 }
        #expect(mentions == mentions.sorted(by: >))
    }

    @Test func peopleWithLimitZeroPrintsNothing() throws {
        let run = try run(["people", "--limit", "0", "--dir", folder, "--index", index])
        #expect(run.status == 0)
        #expect(run.out.isEmpty)
    }

    @Test func anUnknownNameIsAnErrorOnStderr() throws {
        let run = try run(["person", "Nobody", "Atall", "--dir", folder, "--index", index])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.hasSuffix("byline: no person, place or organisation named \"Nobody Atall\" in the reports; see byline people\n"))
    }

    @Test(.enabled(if: EntityRecognition.available, "entity recognition is not merged yet"))
    func personPrintsEveryReportNamingThemWithTheSentence() throws {
        let run = try run(["person", "okafor", "--dir", folder, "--index", index, "--json"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix(#"{"name":"Amara Okafor","kind":"person","aliases":["#))
        let page = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let articles = try #require(page["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["summit"])
        let mentions = try #require(articles[0]["mentions"] as? [[String: Any]])
        let sentences = mentions.compactMap { m -> String? in
            guard let s = m["sentence"] as? String, let start = m["start"] as? Int, let end = m["end"] as? Int else { return nil }
            let scalars = Array(s.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        #expect(sentences.allSatisfy { $0.hasSuffix("Okafor") })
        #expect(mentions.contains { $0["sentence"] as? String == "Okafor said drought had become the rule." })
    }
}

extension CorpusCommandTests {
    /// A sentence naming the person twice is printed once with both marked.
    @Test func personPrintsASentenceNamingThemTwiceOnce() throws {
        try Data("""
            Reservoir release ordered

            ALMATY — Energy Minister Dmitri Volkov (Дмитрий Волков) ordered a release of water on Monday.

            Energy minister Volkov said more would follow.
            """.utf8).write(to: URL(fileURLWithPath: folder + "/release.txt"))
        let run = try run(["person", "Volkov", "--dir", folder, "--index", index])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { $0.contains("ordered a release") }
            == ["  ALMATY — Energy Minister [Dmitri Volkov] ([Дмитрий Волков]) ordered a release of water on Monday."])
    }
}

/// Whether `ArticleLoader` fills entities yet (entity recognition lands separately).
enum EntityRecognition {
    static let available: Bool = {
        let text = "Geneva talks\n\nUN Special Rapporteur Amara Okafor opened the summit in Geneva on Monday.\n"
        let result = ArticleLoader().load(data: Data(text.utf8), path: "probe.txt", relativePath: "probe.txt")
        return result.articles.contains { !$0.entities.isEmpty }
    }()
}
