import BylineCore
import BylineSession

/// The plain-text connections table and timeline of `byline person`.
enum RelationsTable {
    /// `Timeline (month): 2024-06 ·▁▃█ 2024-09`, then one line per connection under a heading.
    static func lines(_ relations: EntityRelations, limit: Int, ascii: Bool) -> [String] {
        var lines: [String] = []
        let t = relations.timeline
        if let first = t.buckets.first, let last = t.buckets.last {
            let undated = t.undated > 0 ? "  (\(IndexReport.count(t.undated, "undated report")))" : ""
            lines.append("Timeline by \(t.granularity.rawValue): \(first.period) \(Sparkline.bars(t.buckets.map(\.reports), ascii: ascii)) \(last.period)\(undated)")
        } else if t.undated > 0 {
            lines.append("Timeline: no dated report (\(IndexReport.count(t.undated, "undated report")))")
        }
        let shown = relations.connections.prefix(max(0, limit))
        guard !shown.isEmpty else {
            lines.append("Named with no one else in the reports.")
            return lines
        }
        let nameWidth = min(36, shown.map { DisplayWidth.of(VisibleText.make($0.name)) }.max() ?? 0)
        lines.append("Named with (best first; score weighs shared reports against how common each name is):")
        lines.append("  " + ColumnText.pad("name", nameWidth) + "  " + ColumnText.pad("kind", 12) + ColumnText.pad("reports", 8, right: true)
                     + ColumnText.pad("sentences", 10, right: true) + ColumnText.pad("score", 9, right: true))
        for c in shown {
            let name = VisibleText.make(c.name)
            let cut = DisplayWidth.of(name) > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
            lines.append("  " + ColumnText.pad(cut, nameWidth) + "  " + ColumnText.pad(c.kind.rawValue, 12)
                         + ColumnText.pad(String(c.reports), 8, right: true) + ColumnText.pad(String(c.sentences), 10, right: true)
                         + ColumnText.pad(ColumnText.oneDecimal(c.score), 9, right: true))
        }
        return lines
    }
}
