/// A command typed on the `:` line. This one table is what `runCommand` accepts, what the help
/// screen lists and what an unknown command's message offers; besides these, `:N` goes to item
/// N and any action runs by its name (`:next-person`).
public enum LineCommand: String, CaseIterable, Sendable {
    case search, person, sort, filter, save, pipe, set, bind, help, quit

    /// The command a typed name stands for, by its name or a short form (`:s`, `:w`, `:q`).
    public static func named(_ name: String) -> LineCommand? {
        let lowered = name.lowercased()
        return allCases.first { $0.rawValue == lowered || $0.shortForms.contains(lowered) }
    }

    /// Other names it answers to.
    public var shortForms: [String] {
        switch self {
        case .search: return ["s"]
        case .person: return ["entity", "who"]
        case .save: return ["w"]
        case .help: return ["h"]
        case .quit: return ["q", "exit"]
        default: return []
        }
    }

    /// What follows the name, as usage lines write it.
    public var arguments: String {
        switch self {
        case .search: return "QUERY"
        case .person: return "NAME"
        case .sort: return Setting.sort.values
        case .filter: return "TEXT"
        case .save: return "[FILE]"
        case .pipe: return "COMMAND"
        case .set: return "NAME VALUE"
        case .bind: return "KEYS ACTION"
        case .help, .quit: return ""
        }
    }

    /// One line for the help screen.
    public var help: String {
        switch self {
        case .search: return "Search the corpus (the query language of byline search)"
        case .person: return "Open the page of a person, place or organisation"
        case .sort: return "Sort the list"
        case .filter: return "Show only reports whose title, source or author hold TEXT"
        case .save: return "Save the report as text (default: a name from its title)"
        case .pipe: return "Send the report's text to a shell command"
        case .set: return "Change a setting (listed under Settings)"
        case .bind: return "Bind keys to an action for this session (for example :bind x quit)"
        case .help: return "This screen"
        case .quit: return "Quit"
        }
    }

    /// `:search QUERY`.
    public var usage: String {
        arguments.isEmpty ? ":\(rawValue)" : ":\(rawValue) \(arguments)"
    }

    /// Every command's usage on one line, for an unknown command's message.
    public static var summary: String {
        (allCases.map(\.usage) + [":N (item N)", ":ACTION-NAME"]).joined(separator: ", ")
    }
}
