import BylineCore
import BylineIndex
import Foundation

/// The words and JSON `byline index` uses for an `IndexSummary`.
public enum IndexReport {
    /// `1,204 reports indexed: 12 files added, 3 updated, 1 removed, 2 skipped (0.8 s)`
    public static func line(_ s: IndexSummary) -> String {
        var parts = ["\(count(s.added, "file")) added", "\(GroupedDigits.string(s.updated)) updated"]
        if s.renamed > 0 { parts.append("\(GroupedDigits.string(s.renamed)) renamed") }
        parts += ["\(GroupedDigits.string(s.removed)) removed", "\(GroupedDigits.string(s.skipped)) skipped"]
        let time = String(format: s.seconds < 10 ? "%.2f s" : "%.1f s", s.seconds)
        let head = s.stopped ? "Stopped early; \(count(s.reports, "report")) indexed so far" : "\(count(s.reports, "report")) indexed"
        return "\(head): \(parts.joined(separator: ", ")) (\(time))"
    }

    /// The read warnings of a run for stderr: the first `limit`, then how many more (a run
    /// over a folder of scraped pages can notice something in thousands of them; `byline show
    /// FILE` lists a file's warnings).
    public static func readWarningLines(_ s: IndexSummary, limit: Int = 20) -> [String] {
        let shown = s.readWarnings.prefix(limit).map { VisibleText.make($0) }
        let more = s.readWarnings.count - shown.count
        return shown + (more > 0 ? ["… and \(count(more, "more warning")) (byline show FILE lists a file's warnings)"] : [])
    }

    public static func count(_ n: Int, _ noun: String) -> String {
        "\(GroupedDigits.string(n)) \(noun)\(n == 1 ? "" : "s")"
    }
}
