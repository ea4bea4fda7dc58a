extension Action {
    /// The action table: default keys, panes, help text and hint for every action.
    ///
    /// A switch rather than a dictionary so that the compiler rejects an action without an entry.
    public var info: ActionInfo {
        let reader: Set<PaneKind> = [.reader]
        switch self {
        case .help: return ActionInfo(["?"], [], "Show this help, built from the live key map (/ searches it)", hint: "help")
        case .quit: return ActionInfo(["Q"], [], "Quit now (Ctrl-C quits too)")
        case .backOrQuit: return ActionInfo(["q"], [], "Back one place; quit from the article list", hint: "back")
        case .back: return ActionInfo(["Ctrl-O", "h", "Backspace", "Left"], [], "Go back through the reports, searches and entities visited")
        // Not Ctrl-I: terminals send the same byte for Ctrl-I and Tab, and Tab moves between links.
        case .forward: return ActionInfo(["l", "Right"], [], "Go forward again after going back (in lists l opens, Right goes forward)")
        case .commandLine: return ActionInfo([":"], [], "Command line: :search QUERY, :person NAME, :sort, :save FILE, any action name")
        case .redraw: return ActionInfo(["Ctrl-L"], [], "Redraw the screen and re-wrap the text")
        case .suspend: return ActionInfo(["Ctrl-Z"], [], "Suspend Byline (fg brings it back)")
        case .down: return ActionInfo(["j", "Down"], [], "Down one line or row (12j: twelve)", count: true)
        case .up: return ActionInfo(["k", "Up"], [], "Up one line or row", count: true)
        case .pageDown: return ActionInfo(["Space", "PgDn"], [], "Down one page", count: true)
        case .pageUp: return ActionInfo(["b", "PgUp"], [], "Up one page", count: true)
        case .halfPageDown: return ActionInfo(["Ctrl-D"], [], "Down half a page", count: true)
        case .halfPageUp: return ActionInfo(["Ctrl-U"], [], "Up half a page", count: true)
        case .top: return ActionInfo(["g", "Home"], [], "Go to the top (Ng: item or line N)", count: true)
        case .bottom: return ActionInfo(["G", "End"], [], "Go to the end (NG: item or line N)", count: true)
        case .find: return ActionInfo(["/"], [], "Search what the pane shows: the report in the reader, the corpus elsewhere", hint: "search")
        case .corpusSearch: return ActionInfo(["S"], [], "Search the whole corpus: ranked reports with snippets as you type")
        case .nextMatch: return ActionInfo(["n"], [], "Next search match", count: true)
        case .previousMatch: return ActionInfo(["N"], [], "Previous search match", count: true)
        case .nextArticle: return ActionInfo(["J"], [], "Next article in the list, from anywhere", count: true)
        case .previousArticle: return ActionInfo(["K"], [], "Previous article in the list, from anywhere", count: true)
        case .people: return ActionInfo(["P"], [], "People in the report (from the list: in the corpus); Enter lists their mentions", hint: "people")
        case .entities: return ActionInfo(["E"], [], "Every person, place and organisation in the corpus")
        case .maximise: return ActionInfo(["O"], [], "Maximise the focused pane, or restore the split")
        case .focusLeft: return ActionInfo(["Ctrl-W h"], [], "Focus the pane to the left")
        case .focusDown: return ActionInfo(["Ctrl-W j"], [], "Focus the pane below")
        case .focusUp: return ActionInfo(["Ctrl-W k"], [], "Focus the pane above")
        case .focusRight: return ActionInfo(["Ctrl-W l"], [], "Focus the pane to the right")
        case .focusNext: return ActionInfo(["F6", "Ctrl-W w", "Ctrl-W Ctrl-W"], [], "Focus the other pane")
        case .save: return ActionInfo(["s"], [], "Save the report as plain text (asks for a file name)")
        case .pipe: return ActionInfo(["|"], [], "Pipe the report's text to a shell command")
        case .openSource: return ActionInfo(["o"], [], "Open the report's source URL with $BROWSER (or xdg-open)")
        case .yank: return ActionInfo(["y"], [], "Copy the source URL, or the selected quote, to the clipboard (OSC 52)")
        case .rescan: return ActionInfo(["R"], [], "Re-read the folder: new, changed and removed reports")
        case .sources: return ActionInfo(["="], [], "Sources pane: byline, source link, date, photo credits, who is quoted, file", hint: "sources")
        case .captions: return ActionInfo(["c"], [], "Captions pane: alt text, caption and credit of every image", hint: "captions")
        case .rawSource: return ActionInfo(["v"], [], "The report's file as stored (control characters shown harmlessly)")
        case .open: return ActionInfo(["Enter", "l"], PaneKind.lists, "Open the selected row", hint: "open")
        case .filter: return ActionInfo(["&"], [.list], "Filter the list as you type (Esc clears)", hint: "filter")
        case .toggleSort: return ActionInfo(["t"], [.list], "Sort the list by the next key: date, title, source, author, people, unread, starred", hint: "sort")
        case .reverseSort: return ActionInfo(["T"], [.list], "Reverse the list's order (oldest first, Z to A, fewest people first)")
        case .nextLink: return ActionInfo(["Tab"], reader, "Next link (people, places, organisations)", hint: "link", count: true)
        case .previousLink: return ActionInfo(["Shift-Tab"], reader, "Previous link", count: true)
        case .follow: return ActionInfo(["Enter"], reader, "Follow the selected link to its entity page", hint: "follow")
        case .linkList: return ActionInfo(["u"], reader, "Numbered link list: people, places, organisations, links, images")
        case .followNumbered: return ActionInfo(["f"], reader, "Follow link N of the link list (3f)", count: true)
        case .nextPerson: return ActionInfo(["]p"], reader, "Next mention of a person", hint: "person", count: true)
        case .previousPerson: return ActionInfo(["[p"], reader, "Previous mention of a person", count: true)
        case .nextEntity: return ActionInfo(["]e"], reader, "Next mention of any entity", count: true)
        case .previousEntity: return ActionInfo(["[e"], reader, "Previous mention of any entity", count: true)
        case .searchEntity: return ActionInfo(["*"], [.reader, .entityPage, .entities], "Search the corpus for the entity under the cursor")
        case .nextReport: return ActionInfo(["n"], [.entityPage], "Next report naming this entity", hint: "next report", count: true)
        case .previousReport: return ActionInfo(["N"], [.entityPage], "Previous report naming this entity", count: true)
        case .connections: return ActionInfo(["w"], [.entityPage], "Who is named with this entity, and when: connections and timeline", hint: "who with")
        case .toggleTogether: return ActionInfo(["t"], [.connections], "Connections named in the same report, or in the same sentence", hint: "report/sentence")
        case .nextBar: return ActionInfo([">"], [.connections], "Select the next bar of the timeline (Enter lists its reports)", hint: "bars", count: true)
        case .previousBar: return ActionInfo(["<"], [.connections], "Select the previous bar of the timeline", count: true)
        case .toggleRead: return ActionInfo(["M"], [], "Mark the report read or unread (opening a report marks it read)")
        case .star: return ActionInfo(["F"], [], "Star the report, or take the star off (& is:starred, :sort starred)")
        case .note: return ActionInfo(["a"], [], "Write a private note on the report (an empty note removes it)")
        case .toggleMouse: return ActionInfo([], [], "Turn mouse support on or off (wheel scrolls, click selects, double-click opens)")
        }
    }

    /// Reads an action by its config name, also accepting `_` for `-`.
    public init?(name: String) {
        self.init(rawValue: String(name.lowercased().map { $0 == "_" ? "-" : $0 }))
    }
}
