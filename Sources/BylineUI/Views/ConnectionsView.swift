import BylineCore

/// Who is named with one entity, and when the entity is named: a timeline row whose bars can
/// be selected, then the connections best first, in the same report or the same sentence.
///
/// Enter on a connection lists the reports naming both (`ReportSetView`); Enter on the
/// timeline lists the reports of the selected bar's month or week.
public struct ConnectionsView: Sendable {
    public enum Row: Sendable, Equatable {
        case timeline
        /// Index into `shown`.
        case connection(Int)
    }

    public var key: String
    /// The entity's name, for the title until the relations are read.
    public var name: String
    public internal(set) var relations: EntityRelations?
    public internal(set) var error: String?
    /// Together in one report, or in one sentence (`t` switches).
    public internal(set) var scope: Connection.Scope = .report
    /// The selected bar of the timeline (index into its buckets).
    public internal(set) var bar = 0
    public internal(set) var rows: [Row] = []
    public var cursor = ListCursor()
    var rendered: RenderedItems?

    /// How many connections are read: enough to scroll, few enough to count at once.
    static let limit = 50

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }

    public var isLoaded: Bool { relations != nil || error != nil }

    mutating func load(from store: any ArticleStore) {
        do {
            guard let relations = try store.relations(key: key, limit: Self.limit) else {
                error = "Nothing in the corpus is known as \(name) any more; R rescans the folder."
                return
            }
            load(relations)
        } catch {
            self.error = "Cannot count who is named with \(name): \(error)"
        }
    }

    mutating func load(_ relations: EntityRelations) {
        self.relations = relations
        // The latest period with reports: where a reader looks first.
        bar = relations.timeline.buckets.lastIndex { $0.reports > 0 } ?? 0
        rebuildRows(keeping: nil)
        cursor.selected = rows.firstIndex { if case .connection = $0 { return true } else { return false } } ?? 0
    }

    /// The connections in the order of `scope`.
    public var shown: [Connection] { relations?.ranked(scope) ?? [] }

    private mutating func rebuildRows(keeping key: String?) {
        let hasTimeline = !(relations?.timeline.buckets.isEmpty ?? true)
        let connections = shown
        rows = (hasTimeline ? [.timeline] : []) + connections.indices.map { .connection($0) }
        if let key, let i = connections.firstIndex(where: { $0.key == key }), let row = rows.firstIndex(of: .connection(i)) {
            cursor.selected = row
        }
        cursor.clamp(count: rows.count)
        rendered = nil
    }

    /// Switches between the same report and the same sentence, keeping the selected
    /// connection selected when it is in both lists.
    mutating func toggleScope() {
        let keep = selectedConnection?.key
        scope = scope == .report ? .sentence : .report
        rebuildRows(keeping: keep)
    }

    /// Moves the timeline's selected bar by `n`, selecting the timeline row; false at an end.
    mutating func stepBar(by n: Int) -> Bool {
        guard let buckets = relations?.timeline.buckets, !buckets.isEmpty, let row = rows.firstIndex(of: .timeline) else { return false }
        let onTimeline = cursor.selected == row
        cursor.selected = row
        let to = min(max(0, bar + n), buckets.count - 1)
        rendered = nil
        guard to != bar || !onTimeline else { return false }
        bar = onTimeline ? to : bar
        return true
    }

    /// Selects bar `i` of the timeline (a click on it), and the timeline row; false when
    /// there is no such bar.
    mutating func selectBar(_ i: Int) -> Bool {
        guard let buckets = relations?.timeline.buckets, buckets.indices.contains(i), let row = rows.firstIndex(of: .timeline) else { return false }
        cursor.selected = row
        bar = i
        rendered = nil
        return true
    }

    public var selectedRow: Row? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    public var selectedConnection: Connection? {
        guard case .connection(let i)? = selectedRow else { return nil }
        return shown[i]
    }

    /// The selected bar's period and count.
    public var selectedBucket: EntityTimeline.Bucket? {
        guard let buckets = relations?.timeline.buckets, buckets.indices.contains(bar) else { return nil }
        return buckets[bar]
    }
}
