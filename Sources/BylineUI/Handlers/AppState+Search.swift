import BylineCore

extension AppState {
    /// The most results a corpus search lists.
    static let searchLimit = 200

    /// `/`: search the report in the reader, the help screen on help, the corpus elsewhere.
    mutating func startFind() {
        let i = trail.current
        if let r = trail[i].reader {
            prompt = Prompt(.reportSearch(saved: r, index: i))
        } else {
            prompt = Prompt(.corpusSearch(saved: trail))
        }
    }

    /// `n`/`N` in the reader: the next or previous match, wrapping around.
    mutating func stepMatch(by n: Int) {
        let i = trail.current
        guard var r = trail[i].reader else {
            status = StatusMessage("n and N step through matches in the reader; / starts a search")
            return
        }
        if r.search == nil, let last = lastReportSearch { r.setSearch(terms: last) }
        guard let search = r.search else {
            status = StatusMessage("No search yet: / searches the report")
            return
        }
        guard !search.matches.isEmpty else {
            status = .error("Not found: \(search.terms.joined(separator: " "))")
            trail[i] = .reader(r)
            return
        }
        let count = search.matches.count
        let start: Int
        if let current = search.current, r.visibleRows.contains(r.layout?.row(for: search.matches[current].position) ?? -1) {
            start = current
        } else {
            let top = r.topPosition
            let next = search.matches.firstIndex { $0.position >= top } ?? count
            start = n > 0 ? next - 1 : next
        }
        let raw = start + n
        let to = ((raw % count) + count) % count
        r.search?.current = to
        r.reveal(search.matches[to].position)
        trail[i] = .reader(r)
        if raw >= count { status = StatusMessage("Search hit the end, continuing at the top") }
        if raw < 0 { status = StatusMessage("Search hit the top, continuing at the end") }
    }

    /// Keys while the command line is open.
    mutating func handlePromptKey(_ key: Key, _ ctx: HandlerContext) -> Reaction {
        guard var p = prompt else { return .none }
        switch key {
        case .enter:
            prompt = nil
            return submit(p, ctx)
        case .escape, .ctrl("g"), .ctrl("c"):
            prompt = nil
            cancel(p)
            return .none
        case .backspace where p.text.isEmpty:
            prompt = nil
            cancel(p)
            return .none
        case .down, .ctrl("n"), .up, .ctrl("p"):
            if case .corpusSearch(let saved) = p.purpose {
                moveResultSelection(by: key == .down || key == .ctrl("n") ? 1 : -1, saved: saved, ctx)
            }
            return .none
        default:
            let before = p.text
            guard p.edit(key) else { return .none }
            prompt = p
            if p.text != before { promptChanged(p, ctx) }
            return .none
        }
    }

    /// Incremental work as the text changes.
    private mutating func promptChanged(_ p: Prompt, _ ctx: HandlerContext) {
        switch p.purpose {
        case .reportSearch(let saved, let i):
            guard i < trail.views.count, var r = trail[i].reader else { return }
            if p.text.isEmpty {
                trail[i] = .reader(saved)
                return
            }
            r.setSearch(terms: [p.text])
            if let first = r.search?.firstMatch(from: saved.topPosition) {
                r.search?.current = first
                r.scroll(to: saved.top)
                r.reveal(r.search!.matches[first].position)
            } else {
                r.scroll(to: saved.top)
            }
            trail[i] = .reader(r)
        case .corpusSearch(let saved):
            if p.text.trimmingSpaces.isEmpty {
                trail = saved
                pendingSearch = nil
            } else {
                pendingSearch = (p.text, ctx.now + settings.searchDelay)
            }
        case .filter:
            changeWholeList(ctx) { $0.setFilter(p.text) }
            if trail.current == 0 { updatePreview(of: 0, ctx) }
        case .helpSearch:
            help?.query = p.text
            help?.top = 0
        case .command, .save, .pipe, .note:
            break
        }
    }

    private mutating func submit(_ p: Prompt, _ ctx: HandlerContext) -> Reaction {
        switch p.purpose {
        case .command:
            return runCommand(p.text, ctx)
        case .reportSearch(_, let i):
            guard i < trail.views.count, let r = trail[i].reader else { return .none }
            if p.text.isEmpty {
                return .none
            }
            lastReportSearch = [p.text]
            if r.search?.matches.isEmpty ?? true { status = .error("Not found: \(p.text)") }
        case .corpusSearch(let saved):
            pendingSearch = nil
            guard !p.text.trimmingSpaces.isEmpty else { return .none }
            let shownAt = saved.current + 1
            if !showsResults(of: p.text, at: shownAt) {
                openSearch(query: p.text, from: saved.current, ctx, base: saved)
            }
            guard case .searchResults(let v) = trail[shownAt] else { return .none }
            status = searchStatus(v)
            // Enter opens the selected result (Down and Up chose it while typing).
            if !v.hits.isEmpty, shownAt + 1 < trail.views.count, trail[shownAt + 1].reader != nil {
                trail.show(shownAt + 1)
            } else {
                trail.show(shownAt)
            }
        case .filter:
            let l = list
            status = StatusMessage(l.filter.isEmpty ? "Showing all \(l.totalCount) reports" : "\(l.rowCount) of \(l.totalCount) reports match “\(l.filter)”")
        case .helpSearch:
            break
        case .save(let id):
            guard let article = try? ctx.store.article(id: id) else { return .none }
            let path = p.text.trimmingSpaces
            guard !path.isEmpty else { return .none }
            return .run(.save(path: path, text: ArticleTextRenderer(width: nil).render(article)))
        case .pipe(let id):
            guard let article = try? ctx.store.article(id: id) else { return .none }
            let command = p.text.trimmingSpaces
            guard !command.isEmpty else { return .none }
            return .run(.pipe(command: command, text: ArticleTextRenderer(width: nil).render(article)))
        case .note(let id):
            saveNote(p.text, of: id, ctx)
        }
        return .none
    }

    /// Whether view `i` holds the results of `query` already.
    private func showsResults(of query: String, at i: Int) -> Bool {
        guard i < trail.views.count, case .searchResults(let v) = trail[i] else { return false }
        return v.query == query
    }

    private mutating func cancel(_ p: Prompt) {
        switch p.purpose {
        case .reportSearch(let saved, let i):
            if i < trail.views.count, trail[i].reader != nil { trail[i] = .reader(saved) }
        case .corpusSearch(let saved):
            trail = saved
            pendingSearch = nil
        case .filter(let saved):
            var l = list
            l.setFilter(saved)
            list = l
        case .helpSearch(let saved):
            help?.query = saved
        case .command, .save, .pipe, .note:
            break
        }
    }

    /// Down/Up (Ctrl-N/Ctrl-P) while typing a corpus search: moves the selected result, running
    /// the search first if typing has not paused yet.
    private mutating func moveResultSelection(by n: Int, saved: Trail, _ ctx: HandlerContext) {
        if let pending = pendingSearch {
            pendingSearch = nil
            openSearch(query: pending.query, from: saved.current, ctx, base: saved)
        }
        let i = saved.current + 1
        guard i < trail.views.count, case .searchResults(let v) = trail[i], !v.hits.isEmpty else { return }
        moveSelection(in: i, to: v.cursor.selected + n, direction: n, ctx)
    }

    /// Runs the corpus search that typing paused on.
    mutating func runDueSearch(_ ctx: HandlerContext) {
        guard let pending = pendingSearch, pending.due <= ctx.now else { return }
        pendingSearch = nil
        guard let p = prompt, case .corpusSearch(let saved) = p.purpose else { return }
        openSearch(query: pending.query, from: saved.current, ctx, base: saved, focusResults: true)
    }

    /// Searches the corpus and shows the results beside view `index` of `base` (default: the
    /// trail as it is).
    mutating func openSearch(query: String, from index: Int, _ ctx: HandlerContext, base: Trail? = nil, focusResults: Bool = true) {
        var view = SearchResultsView(query: query)
        do {
            view.load(try ctx.store.search(query, limit: Self.searchLimit))
        } catch {
            view.fail(query: query, "\(error)")
        }
        if let base { trail = base }
        trail.open(.searchResults(view), from: index, focus: focusResults)
        if !view.hits.isEmpty { updatePreview(of: index + 1, ctx) }
        if prompt == nil { status = searchStatus(view) }
    }

    /// `12 reports match water`, or why nothing did.
    func searchStatus(_ view: SearchResultsView) -> StatusMessage? {
        if let error = view.error { return .error(error) }
        guard let results = view.results else { return nil }
        if let hint = results.hint { return StatusMessage(hint) }
        if results.total == 0 { return .error("No report matches \(view.query)") }
        let shown = results.hits.count < results.total ? " (showing the first \(results.hits.count))" : ""
        return StatusMessage("\(results.total == 1 ? "1 report matches" : "\(results.total) reports match") \(view.query)\(shown)")
    }
}
