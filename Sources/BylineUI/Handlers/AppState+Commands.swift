import BylineCore

extension AppState {
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
        guard let command = LineCommand.named(name) else {
            if let action = Action(name: name) {
                return perform(action, count: Int(argument), ctx)
            }
            status = .error("Unknown command :\(name). Commands: \(LineCommand.summary)")
            return .none
        }
        switch command {
        case .quit:
            return .quit
        case .search:
            guard !argument.isEmpty else { return usage(command) }
            openSearch(query: argument, from: trail.current, ctx)
        case .person:
            guard !argument.isEmpty else { return usage(command) }
            openEntity(named: argument, ctx)
        case .sort:
            var wanted = settings
            guard (try? Setting.sort.apply(argument, to: &wanted)) != nil else { return usage(command) }
            sortList(wanted.sort, reversed: wanted.sortReversed, ctx)
        case .filter:
            changeWholeList(ctx) { $0.setFilter(argument) }
            let l = list
            status = StatusMessage(argument.isEmpty ? "Showing all \(l.totalCount) reports" : "\(l.rowCount) of \(l.totalCount) reports match “\(argument)”")
        case .save:
            guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
                status = .error("No report selected")
                return .none
            }
            return .run(.save(path: argument.isEmpty ? ArticleTextRenderer.fileName(for: article) : argument, text: ArticleTextRenderer(width: nil).render(article)))
        case .pipe:
            guard !argument.isEmpty else { return usage(command) }
            guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
                status = .error("No report selected")
                return .none
            }
            return .run(.pipe(command: argument, text: ArticleTextRenderer(width: nil).render(article)))
        case .set:
            return set(argument, ctx)
        case .bind:
            let words = argument.split(separator: " ").map(String.init)
            guard words.count >= 2, let keys = KeySequence(notation: words.dropLast().joined(separator: " ")),
                  let action = Action(name: words.last!) else { return usage(command) }
            keyMap.bind(keys, to: action, in: nil)
            status = StatusMessage("\(keys) now runs \(action.rawValue)")
        case .help:
            help = HelpView()
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

    private mutating func usage(_ command: LineCommand) -> Reaction {
        status = .error("Usage: \(command.usage)")
        return .none
    }

    /// Sorts the article list and says how.
    mutating func sortList(_ sort: ArticleListView.Sort, reversed: Bool, _ ctx: HandlerContext) {
        changeWholeList(ctx) { $0.setSort(sort, reversed: reversed) }
        status = StatusMessage("Sorted: \(list.sort.label(reversed: list.reversed)) (t: next key, T: reverse)")
    }

    /// `:set NAME VALUE`, read by the same table as the config file; `:set NAME` says the value.
    private mutating func set(_ argument: String, _ ctx: HandlerContext) -> Reaction {
        let name = String(argument.prefix { !$0.isWhitespace })
        let value = String(argument.dropFirst(name.count)).trimmingSpaces
        guard let setting = Setting.named(name) else {
            status = .error(name.isEmpty ? "Usage: :set NAME VALUE (settings: \(Setting.names))"
                                         : "Unknown setting \(name) (settings: \(Setting.names))")
            return .none
        }
        guard !value.isEmpty else {
            status = StatusMessage(setting.current(in: settings))
            return .none
        }
        guard setting.changesWhileRunning else {
            status = .error("\(setting.rawValue) is read when the reader starts: put “set \(setting.rawValue) \(value)” in the config file")
            return .none
        }
        var changed = settings
        do {
            try setting.apply(value, to: &changed)
        } catch {
            status = .error(error.description)
            return .none
        }
        if setting == .sort {
            sortList(changed.sort, reversed: changed.sortReversed, ctx)
            return .none
        }
        settings = changed
        switch setting {
        case .readingWidth, .ascii: invalidateLayouts()
        default: break
        }
        status = StatusMessage(setting.current(in: settings))
        return setting == .mouse ? .setMouse(settings.mouse) : .none
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
