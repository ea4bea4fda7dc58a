/// The kinds of pane; actions name the ones they apply in.
public enum PaneKind: String, Sendable, Hashable, CaseIterable {
    case list, reader, entityPage, connections, reportSet, entities, captions, sources, links, searchResults, rawSource, help

    /// The heading the help screen groups this pane's keys under.
    public var helpHeading: String {
        switch self {
        case .list: return "Article list"
        case .reader: return "Reader"
        case .entityPage: return "Entity page"
        case .connections: return "Connections and timeline"
        case .reportSet: return "Shared reports, reports of a month"
        case .entities: return "People and entities"
        case .captions: return "Captions"
        case .sources: return "Sources"
        case .links: return "Link list"
        case .searchResults: return "Search results"
        case .rawSource: return "Raw source"
        case .help: return "Help"
        }
    }

    /// Panes that show selectable rows (opening a row is `open`).
    public static let lists: Set<PaneKind> = [.list, .entityPage, .connections, .reportSet, .entities, .captions, .sources, .links, .searchResults]
}
