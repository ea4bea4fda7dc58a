import Foundation

/// When to draw colour.
public enum ColorMode: String, Sendable, CaseIterable {
    case never, auto, always

    /// Whether to draw colour: `--color` wins over the config file, which wins over NO_COLOR
    /// (set and not empty means no colour); `auto` draws colour when the terminal has it.
    public static func resolve(option: ColorMode?, config: ColorMode?, environment: [String: String]) -> ColorMode {
        if let option { return option }
        if let config, config != .auto { return config }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .never }
        return .auto
    }
}

/// The user's `$XDG_CONFIG_HOME/byline/config` (default `~/.config/byline/config`).
///
///     # keys: bind KEYS ACTION [in PANE], unbind KEYS [in PANE]
///     bind Ctrl-N next-person in reader
///     unbind J
///     # colours: color ROLE FOREGROUND [BACKGROUND] [bold|dim|italic|underline|reverse]...
///     color link blue default underline
///     # settings
///     set mouse on
///     set cursor-on-selection on
///     set color never
///     set reading-width 80        # or off
///     set sort title              # date, title, source, author, people, unread, starred; add "reverse"
///     set hyperlinks on           # OSC 8 links on web addresses: on, off or auto
///     set ascii on                # timelines and marks drawn in ASCII
///
/// A bad line is skipped with a one-line error naming it; the rest still applies.
public struct ConfigFile: Sendable {
    public var keyMap: KeyMap = .defaults
    public var theme: Theme = .standard
    public var settings = Settings()
    /// One line per problem, `config line N: …`.
    public var errors: [String] = []

    public init() {}

    /// Where the config file is for this environment.
    public static func path(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/byline/config"
    }

    /// Reads the config file; a missing file gives the defaults.
    public static func load(environment: [String: String]) -> ConfigFile {
        let path = path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            var config = ConfigFile()
            config.errors.append("\(path): cannot be read as UTF-8 text; using the defaults")
            return config
        }
        return ConfigFile(text: text)
    }

    /// Reads config text.
    public init(text: String) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingSpaces
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if let problem = apply(line) { errors.append("config line \(n + 1): \(problem)") }
        }
    }

    /// Applies one line; returns what is wrong with it, if anything.
    private mutating func apply(_ line: String) -> String? {
        var words = line.split(separator: " ").map(String.init)
        let command = words.removeFirst()
        switch command {
        case "bind", "unbind":
            var pane: PaneKind?
            if words.count >= 3, words[words.count - 2] == "in" {
                guard let p = PaneKind.named(words.last!) else {
                    return "unknown pane “\(words.last!)” (panes: \(PaneKind.allCases.map(\.configName).joined(separator: ", ")))"
                }
                pane = p
                words.removeLast(2)
            }
            if command == "unbind" {
                guard let keys = KeySequence(notation: words.joined(separator: " ")) else { return "cannot read the keys “\(words.joined(separator: " "))”" }
                keyMap.unbind(keys, in: pane)
                return nil
            }
            guard words.count >= 2 else { return "bind needs keys and an action: bind KEYS ACTION [in PANE]" }
            guard let action = Action(name: words.last!) else { return "unknown action “\(words.last!)”; the help screen (?) lists the names" }
            guard let keys = KeySequence(notation: words.dropLast().joined(separator: " ")) else {
                return "cannot read the keys “\(words.dropLast().joined(separator: " "))” (write j, Ctrl-O, Enter, F6, ]p or Ctrl-W h)"
            }
            keyMap.bind(keys, to: action, in: pane)
        case "color", "colour":
            guard words.count >= 2, let role = Theme.Role(rawValue: words[0]) else {
                return "color needs a role and a colour; roles: \(Theme.Role.allCases.map(\.rawValue).joined(separator: ", "))"
            }
            var style = Style()
            var colours: [Color] = []
            for word in words.dropFirst() {
                switch word {
                case "bold": style.bold = true
                case "dim": style.dim = true
                case "italic": style.italic = true
                case "underline": style.underline = true
                case "reverse": style.reverse = true
                default:
                    guard let c = Color(name: word), colours.count < 2 else { return "unknown colour or attribute “\(word)”" }
                    colours.append(c)
                }
            }
            style.foreground = colours.first ?? .default
            style.background = colours.count > 1 ? colours[1] : .default
            theme[role] = style
        case "set":
            guard let name = words.first else { return "set needs a name and a value: set mouse on (settings: \(Setting.names))" }
            guard let setting = Setting.named(name) else { return "unknown setting “\(name)” (settings: \(Setting.names))" }
            do {
                try setting.apply(words.dropFirst().joined(separator: " "), to: &settings)
            } catch {
                return error.description
            }
        default:
            return "unknown command “\(command)” (commands: bind, unbind, color, set)"
        }
        return nil
    }
}

extension PaneKind {
    /// The name used in the config file (`in reader`, `in entity-page`).
    public var configName: String {
        switch self {
        case .entityPage: return "entity-page"
        case .searchResults: return "search-results"
        case .rawSource: return "raw-source"
        case .reportSet: return "report-set"
        default: return rawValue
        }
    }

    static func named(_ name: String) -> PaneKind? {
        allCases.first { $0.configName == name.lowercased() }
    }
}
