/// The `?` screen: every action with its keys, grouped by pane, drawn from the live key map,
/// then the `:` commands and the settings, drawn from their tables.
public struct HelpView: Sendable, Equatable {
    /// Only lines containing this (ignoring case) are shown.
    public var query = ""
    public var top = 0
    /// Rows the help pane showed when last drawn.
    public var viewHeight = 1

    public init() {}

    /// The longest keys text that shares its line with the help text (on a screen 60 wide or more).
    static let shortKeys = 18

    /// One line of the help screen.
    public struct Line: Sendable, Equatable {
        public var heading: String?
        public var keys: String
        public var name: String
        public var help: String
    }

    /// Every line: a heading per pane, then its actions with their keys; unbound actions last.
    public static func lines(keyMap: KeyMap, query: String = "") -> [Line] {
        var out: [Line] = []
        func section(_ title: String, _ entries: [Line]) {
            let q = query.lowercased()
            let kept = q.isEmpty ? entries : entries.filter {
                ($0.keys + " " + $0.name + " " + $0.help).lowercased().contains(q)
            }
            guard !kept.isEmpty else { return }
            if !out.isEmpty { out.append(Line(heading: "", keys: "", name: "", help: "")) }
            out.append(Line(heading: title, keys: "", name: "", help: ""))
            out += kept
        }
        func entry(_ action: Action, _ keys: [KeySequence]) -> Line {
            Line(heading: nil, keys: keys.map(\.description).joined(separator: " "), name: action.rawValue, help: action.info.help)
        }
        var everywhere = Action.allCases.compactMap { a -> Line? in
            let k = keyMap.keys(for: a, in: nil)
            return k.isEmpty ? nil : entry(a, k)
        }
        everywhere.append(Line(heading: nil, keys: "Ctrl-C", name: "quit", help: "Quit now (a signal; cannot be rebound)"))
        everywhere.append(Line(heading: nil, keys: "1-9", name: "count", help: "A count before a key repeats it or picks item N (12j, 3n, 5G)"))
        everywhere.append(Line(heading: nil, keys: "Esc", name: "cancel", help: "Cancel a count, a half-typed key or the command line"))
        section("Everywhere", everywhere)
        for pane in PaneKind.allCases where pane != .help {
            let entries = Action.allCases.compactMap { a -> Line? in
                let k = keyMap.keys(for: a, in: pane)
                return k.isEmpty ? nil : entry(a, k)
            }
            section(pane.helpHeading, entries)
        }
        // A usage too long for the keys column goes before the help text instead.
        section("Commands (type : then the command)", LineCommand.allCases.map {
            $0.usage.count <= Self.shortKeys ? Line(heading: nil, keys: $0.usage, name: "", help: $0.help)
                : Line(heading: nil, keys: ":" + $0.rawValue, name: "", help: "\($0.arguments): \($0.help)")
        } + [Line(heading: nil, keys: ":N", name: "", help: "Go to item N of the list"),
             Line(heading: nil, keys: ":ACTION-NAME", name: "", help: "Run any action below by its name (:next-person)")])
        section("Settings (:set NAME VALUE, or set NAME VALUE in ~/.config/byline/config)", Setting.allCases.map {
            Line(heading: nil, keys: $0.rawValue, name: "", help: "\($0.values): \($0.help)" + ($0.changesWhileRunning ? "" : "; read at start"))
        })
        let unbound = keyMap.unboundActions.map { Line(heading: nil, keys: "(unbound)", name: $0.rawValue, help: $0.info.help) }
        section("Unbound (bind them in ~/.config/byline/config, or run them with :NAME)", unbound)
        return out
    }
}
