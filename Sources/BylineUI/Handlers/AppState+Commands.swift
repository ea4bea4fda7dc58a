import BylineCore

extension AppState {
    /// The `:` commands, besides running any action by its name (`:next-person`).
    static let commandHelp = ":search QUERY, :person NAME, :sort date|title|source|author|people|unread|starred [reverse], :filter TEXT, :save FILE, :pipe COMMAND, :N (item N), :set mouse on|off, :set reading-width N|off, :bind KEYS ACTION, :quit"

    /// Runs one `:` command line.
    mutating func runCommand(_ line: String, _ ctx: HandlerContext) -> Reaction {
        let text = line.trimmingSpaces
        guard !text.isEmpty else { return .none }
        let name = String(text.prefix { !$0.isWhitespace })
        let argument = String(text.dropFirst(name.count)).trimmingSpaces
        if let n = Int(name), n > 0 {
            goTo(n - 1, ctx)
            return .none
        }
        switch name.lowercased() {
        case "q", "quit", "exit":
            return .quit
        case "search", "s":
            guard !argument.isEmpty else { return usage(":search QUERY") }
            openSearch(query: argument, from: trail.current, ctx)
        case "person", "entity", "who":
            guard !argument.isEmpty else { return usage(":person NAME") }
            openEntity(named: argument, ctx)
        case "sort":
            var wanted = Settings()
            if ConfigFile.sort(argument.split(separator: " ").map(String.init), into: &wanted) != nil {
                return usage(":sort date|title|source|author|people|unread|starred, then reverse for the other way (:sort date reverse)")
            }
            sortList(wanted.sort, reversed: wanted.sortReversed, ctx)
        case "filter":
            changeWholeList(ctx) { $0.setFilter(argument) }
            let l = list
            status = StatusMessage(argument.isEmpty ? "Showing all \(l.totalCount) reports" : "\(l.rowCount) of \(l.totalCount) reports match “\(argument)”")
        case "save", "w":
            guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
                status = .error("No report selected")
                return .none
            }
            return .run(.save(path: argument.isEmpty ? PlainText.fileName(for: article) : argument, text: PlainText.text(of: article)))
        case "pipe":
            guard !argument.isEmpty else { return usage(":pipe COMMAND") }
            guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
                status = .error("No report selected")
                return .none
            }
            return .run(.pipe(command: argument, text: PlainText.text(of: article)))
        case "set":
            return set(argument)
        case "bind":
            let words = argument.split(separator: " ").map(String.init)
            guard words.count >= 2, let keys = KeySequence(notation: words.dropLast().joined(separator: " ")),
                  let action = Action(name: words.last!) else { return usage(":bind KEYS ACTION (for example :bind x quit)") }
            keyMap.bind(keys, to: action, in: nil)
            status = StatusMessage("\(keys) now runs \(action.rawValue)")
        case "help", "h":
            help = HelpView()
        default:
            if let action = Action(name: name) {
                return perform(action, count: Int(argument), ctx)
            }
            status = .error("Unknown command :\(name). Commands: \(Self.commandHelp)")
        }
        return .none
    }

    /// Sorting and filtering need every report: reads them all (once) and then changes the list.
    mutating func changeWholeList(_ ctx: HandlerContext, _ change: (inout ArticleListView) -> Void) {
        var l = list
        do {
            try l.holdAll(from: ctx.store)
        } catch {
            status = .error("Cannot read the list of reports: \(error)")
            return
        }
        change(&l)
        list = l
    }

    private mutating func usage(_ text: String) -> Reaction {
        status = .error("Usage: \(text)")
        return .none
    }

    /// Sorts the article list and says how.
    mutating func sortList(_ sort: ArticleListView.Sort, reversed: Bool, _ ctx: HandlerContext) {
        changeWholeList(ctx) { $0.setSort(sort, reversed: reversed) }
        status = StatusMessage("Sorted: \(list.sort.label(reversed: list.reversed)) (t: next key, T: reverse)")
    }

    private mutating func set(_ argument: String) -> Reaction {
        let words = argument.split(separator: " ").map { $0.lowercased() }
        if words.count == 2, words[0] == "reading-width" {
            guard let n = ConfigFile.readingWidth(words[1]) else { return usage(":" + ConfigFile.readingWidthUsage) }
            settings.readingWidth = n
            invalidateLayouts()
            status = StatusMessage(n == 0 ? "Reports use the pane's whole width" : "Reports are wrapped at \(n) columns at most")
            return .none
        }
        guard words.count == 2, let on = ConfigFile.bool(words[1]) else { return usage(":set mouse on|off, :set cursor-on-selection on|off or :set reading-width N|off") }
        switch words[0] {
        case "mouse":
            settings.mouse = on
            status = StatusMessage("Mouse \(on ? "on" : "off")")
            return .setMouse(on)
        case "cursor-on-selection":
            settings.cursorOnSelection = on
            status = StatusMessage("Cursor on the selected row \(on ? "on" : "off")")
        default:
            return usage(":set mouse on|off, :set cursor-on-selection on|off or :set reading-width N|off")
        }
        return .none
    }

    /// Opens the entity page for a name, or a list when several entities have it.
    mutating func openEntity(named name: String, _ ctx: HandlerContext) {
        do {
            let found = try ctx.store.lookupEntities(name: name)
            switch found.count {
            case 0:
                status = .error("No person, place or organisation is called \(name)")
            case 1:
                openEntityPage(EntityPageView(key: found[0].key), from: trail.current, ctx)
            default:
                var view = EntitiesView(scope: .named(name))
                view.load(found)
                trail.open(.entities(view), from: trail.current)
                status = StatusMessage("\(found.count) entities are called \(name)")
            }
        } catch {
            status = .error("\(error)")
        }
    }
}
