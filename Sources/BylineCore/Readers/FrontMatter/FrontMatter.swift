import Foundation
import Yams

/// The fields of a report's YAML front matter that Byline uses.
///
/// Keys are matched without regard to case, and the common spellings of each field are
/// accepted: `byline`, `author` or `authors` (a name, a list, or `{name: …}` entries);
/// `url`, `link`, `canonical_url` or `source`; `tags`, `keywords` or `categories` (a list or a
/// comma-separated string); `images` as a list of `{src, alt, caption, credit}`.
struct FrontMatter {
    var title: String?
    var date: ArticleDate?
    var dateText: String?
    var byline: String?
    var source: String?
    var dateline: String?
    var tags: [String] = []
    var images: [FrontMatterImage] = []
    var warnings: [String] = []

    /// Reads `yaml`; `lineOffsets[n]` is the file offset of the YAML's line n (0-based), used to
    /// report file line numbers and to locate captions in the file.
    static func parse(yaml: String, firstLineNumber: Int, lineOffsets: [Int]) -> FrontMatter {
        var result = FrontMatter()
        let root: Node?
        do {
            // The encoding named, since `Parser.Encoding.default` reads the whole process
            // environment on every call (to let `YAMS_DEFAULT_ENCODING` choose UTF-16).
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            result.warnings.append("front matter is not valid YAML (\(describe(error, firstLineNumber: firstLineNumber))); the body was read without it")
            return result
        }
        guard let root else { return result }
        guard let mapping = root.mapping else {
            result.warnings.append("front matter is not a list of “key: value” fields; it was ignored")
            return result
        }
        var fields = FieldReader(mapping: mapping, lineOffsets: lineOffsets)
        result.title = fields.text("title", "headline")
        if let (text, node) = fields.scalar("date", "published", "publish_date", "published_at", "pubdate", "created") {
            result.dateText = text
            result.date = DatePhrase.parse(text) ?? node.timestamp.flatMap(Self.day)
            if result.date == nil { result.warnings.append("front matter date “\(text)” is not a date Byline can read; it is shown as written") }
        }
        result.byline = fields.text("byline") ?? Self.joinNames(fields.names("author", "authors", "creator"))
        result.source = fields.text("url", "source_url", "link", "canonical_url", "canonical", "permalink") ?? fields.sourceField()
        result.dateline = fields.text("dateline")
        result.tags = fields.list("tags", "keywords", "categories")
        result.images = fields.images()
        result.warnings += fields.warnings
        return result
    }

    /// `Amara Okafor`, `Amara Okafor and Kenji Watanabe`, `A, B and C`.
    static func joinNames(_ names: [String]) -> String? {
        switch names.count {
        case 0: return nil
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    private static func day(_ date: Date) -> ArticleDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return ArticleDate(year: y, month: m, day: d)
    }

    /// `line 4: could not find expected ':'`, with the line counted in the file.
    private static func describe(_ error: Error, firstLineNumber: Int) -> String {
        guard let yamlError = error as? YamlError else { return String(describing: error) }
        switch yamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "line \(firstLineNumber + mark.line - 1): \(problem)"
        case let .duplicatedKeysInMapping(duplicates, _):
            return "the key\(duplicates.count == 1 ? "" : "s") \(duplicates.joined(separator: ", ")) appear\(duplicates.count == 1 ? "s" : "") twice"
        default:
            return String(describing: yamlError).split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
