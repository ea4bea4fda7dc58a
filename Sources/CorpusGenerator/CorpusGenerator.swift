import Foundation

/// Makes a corpus of realistic stored reports for tests and benchmarks.
///
/// Each report is about 3 KB of raw scraped text (a date line, a title, a dateline lead,
/// paragraphs, subheads, quotes, an image caption with a credit, a byline and a source marker),
/// with a Zipf-distributed vocabulary, and names people from a recurring cast so that entity
/// pages have something to show. One in ten reports is Markdown with a front-matter header.
/// Report `n` depends only on the seed and `n`, so a corpus can be written in parallel and
/// any report can be made again to check what it names.
///
///     let generator = CorpusGenerator(seed: 1)
///     let report = generator.report(number: 42)
///     try generator.write(count: 10_000, to: "/tmp/corpus")
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    public let vocabulary: Vocabulary
    /// The share of reports written as Markdown with front matter instead of raw text.
    public var markdownShare: Double

    public init(seed: UInt64 = 1, vocabulary: Vocabulary = .standard, markdownShare: Double = 0.1) {
        self.seed = seed
        self.vocabulary = vocabulary
        self.markdownShare = markdownShare
    }

    /// Report number `number`.
    public func report(number: Int) -> GeneratedReport {
        var rng = SplitMix64(seed: seed ^ (UInt64(number) &* 0x2545_F491_4F6C_DD1D))
        let date = randomDate(&rng)
        let markdown = rng.chance(markdownShare)
        var cast: [Cast.Person] = []
        for _ in 0..<(1 + rng.below(3)) {
            let person = rng.pick(Cast.recurring)
            if !cast.contains(person) { cast.append(person) }
        }
        for _ in 0..<(1 + rng.below(2)) {
            let person = Cast.minor(rng.below(Cast.minorCount))
            if !cast.contains(person) { cast.append(person) }
        }
        let places = [rng.pick(Cast.places)]
        let organisations = [rng.pick(Cast.organisations)]
        let target = 2_600 + rng.below(1_000)

        let title = titleCase(words(4 + rng.below(5), &rng))
        var blocks: [String] = []
        let dateline = rng.pick(Cast.datelines)
        blocks.append("\(dateline) — " + mentionSentence(cast[0], first: true, &rng) + " " + sentence(&rng, naming: places[0]))
        var introduced: Set<String> = [cast[0].name]
        var length = blocks[0].utf8.count
        var captioned = false
        while length < target {
            let block: String
            switch rng.below(10) {
            case 0:
                block = titleCase(words(2 + rng.below(4), &rng))
            case 1 where !captioned:
                captioned = true
                let alt = sentence(&rng, naming: places[0]).dropLast()
                block = "\(alt)" + sentence(&rng, naming: nil) + " [\(rng.pick(Cast.photographers))]"
            default:
                let person = rng.pick(cast)
                let first = introduced.insert(person.name).inserted
                var parts = [mentionSentence(person, first: first, &rng)]
                for _ in 0..<(1 + rng.below(3)) {
                    parts.append(sentence(&rng, naming: rng.chance(0.2) ? organisations[0] : nil))
                }
                if rng.chance(0.3) { parts.append(sentence(&rng, naming: places[0])) }
                block = parts.joined(separator: " ")
            }
            blocks.append(block)
            length += block.utf8.count + 2
        }

        let number6 = String(number).leftPadded(to: 6)
        let folder = "\(date.year)/\(String(date.month).leftPadded(to: 2))"
        let text: String
        let ext: String
        if markdown {
            ext = "md"
            text = "---\ntitle: \(title)\ndate: \(date.iso)\nauthor: Newsdesk\nsource: https://news.example.org/\(number6)\n---\n\n"
                + blocks.joined(separator: "\n\n") + "\n"
        } else {
            ext = "txt"
            text = "Posted on \(date.long) by Newsdesk\n\(title)\n\n" + blocks.joined(separator: "\n\n")
                + "\n\nBy Newsdesk\nSource link\n"
        }
        return GeneratedReport(relativePath: "\(folder)/report-\(number6).\(ext)", text: text,
                               people: cast, places: places, organisations: organisations)
    }

    /// Writes reports `0..<count` below `folder`, on every core, and returns the bytes written.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> Int {
        let totals = WriteTotals()
        let chunks = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 8))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var bytes = 0
            var failure: Error?
            for n in stride(from: chunk, to: count, by: chunks) {
                let report = self.report(number: n)
                let path = folder + "/" + report.relativePath
                do {
                    let dir = (path as NSString).deletingLastPathComponent
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    let data = Data(report.text.utf8)
                    try data.write(to: URL(fileURLWithPath: path))
                    bytes += data.count
                } catch {
                    failure = error
                    break
                }
            }
            totals.add(bytes: bytes, failure: failure)
        }
        if let failure = totals.failure { throw failure }
        return totals.bytes
    }

    // MARK: Text

    private func words(_ count: Int, _ rng: inout SplitMix64) -> [String] {
        (0..<count).map { _ in vocabulary.word(using: &rng) }
    }

    private func sentence(_ rng: inout SplitMix64, naming name: String?) -> String {
        var parts = words(7 + rng.below(16), &rng)
        if let name { parts.insert(contentsOf: ["in", name], at: rng.below(parts.count)) }
        return capitalised(parts.joined(separator: " ")) + "."
    }

    private func mentionSentence(_ person: Cast.Person, first: Bool, _ rng: inout SplitMix64) -> String {
        let said = words(6 + rng.below(10), &rng).joined(separator: " ")
        if first {
            let lower = person.role.first.map { $0.isLowercase } ?? false
            let withRole = lower ? "\(person.name), \(person.role)," : "\(person.role) \(person.name)"
            return capitalised("\(withRole) said \(said).")
        }
        if rng.chance(0.5) {
            return "“\(capitalised(said)),” \(person.short) said."
        }
        return "\(capitalised(person.short)) added that \(said)."
    }

    private func capitalised(_ s: String) -> String {
        guard let first = s.first, first.isLowercase else { return s }
        return first.uppercased() + s.dropFirst()
    }

    private func titleCase(_ words: [String]) -> String {
        words.enumerated().map { $0.offset == 0 || $0.element.count > 3 ? capitalised($0.element) : $0.element }
            .joined(separator: " ")
    }

    private func randomDate(_ rng: inout SplitMix64) -> (year: Int, month: Int, day: Int, iso: String, long: String) {
        let year = 2019 + rng.below(7), month = 1 + rng.below(12), day = 1 + rng.below(28)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        let iso = "\(year)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
        return (year, month, day, iso, "\(months[month - 1]) \(day), \(year)")
    }
}

/// Bytes written and the first failure, gathered from the writing threads.
private final class WriteTotals: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var bytes = 0
    private(set) var failure: Error?

    func add(bytes: Int, failure: Error?) {
        lock.lock()
        defer { lock.unlock() }
        self.bytes += bytes
        if self.failure == nil { self.failure = failure }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
