extension AppState {
    /// Applies one input and says what the run loop must do next.
    public mutating func handle(_ event: InputEvent, in ctx: HandlerContext) -> Reaction {
        switch event {
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            return .none
        case .tick:
            runDueSearch(ctx)
            return .none
        case .mouse(let m):
            let reaction = handleMouse(m, ctx)
            markFocusedReportRead(ctx)
            return reaction
        case .key(let key):
            if prompt != nil { return handlePromptKey(key, ctx) }
            if keys.isEmpty { status = nil }
            switch keys.feed(key, map: keyMap, pane: focusedKind) {
            case .waiting, .cancelled:
                return .none
            case .unbound(let sequence):
                if sequence.keys != [.escape] {
                    status = .error("\(sequence) does nothing here; ? lists the keys")
                } else if help != nil {
                    help = nil
                }
                return .none
            case .action(let action, let count):
                let reaction = perform(action, count: count, ctx)
                markFocusedReportRead(ctx)
                return reaction
            }
        }
    }

    /// Runs one action from the table (a key, a mouse gesture or a `:` command).
    public mutating func perform(_ action: Action, count: Int?, _ ctx: HandlerContext) -> Reaction {
        if help != nil, let reaction = performInHelp(action, count: count) { return reaction }
        switch action {
        case .help:
            help = HelpView()
            return .none
        case .quit: return .quit
        case .backOrQuit:
            if trail.current == 0 { return .quit }
            _ = trail.back()
            return .none
        case .back:
            if !trail.back() { status = StatusMessage("Already at the first place visited") }
            return .none
        case .forward:
            if !trail.forward() { status = StatusMessage("Nothing to go forward to") }
            return .none
        case .commandLine:
            prompt = Prompt(.command)
            return .none
        case .redraw:
            invalidateLayouts()
            return .redraw
        case .suspend: return .suspend
        case .down: move(by: count ?? 1, ctx)
        case .up: move(by: -(count ?? 1), ctx)
        case .pageDown: page(by: count ?? 1, fraction: 1, ctx)
        case .pageUp: page(by: -(count ?? 1), fraction: 1, ctx)
        case .halfPageDown: page(by: count ?? 1, fraction: 2, ctx)
        case .halfPageUp: page(by: -(count ?? 1), fraction: 2, ctx)
        case .top: goTo(count.map { $0 - 1 } ?? 0, ctx)
        case .bottom: goTo(count.map { $0 - 1 } ?? Int.max, ctx)
        case .find: startFind()
        case .corpusSearch: prompt = Prompt(.corpusSearch(saved: trail))
        case .nextMatch: stepMatch(by: count ?? 1)
        case .previousMatch: stepMatch(by: -(count ?? 1))
        case .nextArticle: stepArticle(by: count ?? 1, ctx)
        case .previousArticle: stepArticle(by: -(count ?? 1), ctx)
        case .people: showPeople(ctx)
        case .entities: togglePane(.entities(EntitiesView(scope: .corpus(nil))))
        case .maximise: maximised.toggle()
        case .focusLeft, .focusUp: trail.focus(second: false)
        case .focusRight, .focusDown: trail.focus(second: true)
        case .focusNext: trail.focus(second: !trail.focusOnSecond)
        case .save: return startSave(ctx)
        case .pipe: return startPipe()
        case .openSource: return openSource(ctx)
        case .rescan:
            status = StatusMessage("Re-reading the folder…")
            return .rescan
        case .sources: showArticlePane(.sources)
        case .captions: showArticlePane(.captions)
        case .linkList: showArticlePane(.links)
        case .rawSource: showRawSource(ctx)
        case .open: return openSelected(ctx)
        case .filter: prompt = Prompt(.filter(saved: list.filter), text: list.filter)
        case .toggleSort:
            var next = list.sort.next
            // Without dates, newest first is no order at all.
            if next == .date, list.undated { next = next.next }
            sortList(next, reversed: false, ctx)
        case .reverseSort: sortList(list.sort, reversed: !list.reversed, ctx)
        case .yank: return yank(ctx)
        case .nextLink, .nextEntity: stepLink(by: count ?? 1, kind: nil)
        case .previousLink, .previousEntity: stepLink(by: -(count ?? 1), kind: nil)
        case .nextPerson: stepLink(by: count ?? 1, kind: .person)
        case .previousPerson: stepLink(by: -(count ?? 1), kind: .person)
        case .follow: followSelectedLink(ctx)
        case .followNumbered: return followNumbered(count, ctx)
        case .searchEntity: searchEntityUnderCursor(ctx)
        case .connections: showConnections(ctx)
        case .toggleTogether: toggleTogether()
        case .nextBar: stepBar(by: count ?? 1)
        case .previousBar: stepBar(by: -(count ?? 1))
        case .toggleRead: toggleRead(ctx)
        case .star: toggleStar(ctx)
        case .note: startNote()
        case .nextReport: stepReport(by: count ?? 1, ctx)
        case .previousReport: stepReport(by: -(count ?? 1), ctx)
        case .toggleMouse:
            settings.mouse.toggle()
            status = StatusMessage("Mouse \(settings.mouse ? "on" : "off")")
            return .setMouse(settings.mouse)
        }
        return .none
    }

    /// Actions on the help screen; nil lets the action run as usual (and closes help first).
    private mutating func performInHelp(_ action: Action, count: Int?) -> Reaction? {
        guard var h = help else { return nil }
        let n = count ?? 1
        switch action {
        case .help, .backOrQuit, .back: help = nil; return Reaction.none
        case .down: h.top += n
        case .up: h.top -= n
        case .pageDown: h.top += n * h.viewHeight
        case .pageUp: h.top -= n * h.viewHeight
        case .halfPageDown: h.top += n * max(1, h.viewHeight / 2)
        case .halfPageUp: h.top -= n * max(1, h.viewHeight / 2)
        case .top: h.top = 0
        case .bottom: h.top = Int.max / 2
        case .find:
            help = h
            prompt = Prompt(.helpSearch(saved: h.query), text: h.query)
            return Reaction.none
        case .quit, .suspend, .redraw, .commandLine: help = nil; return nil
        default:
            help = nil
            return nil
        }
        h.top = max(0, h.top)
        help = h
        return Reaction.none
    }

    /// Clears cached wrapping so the next frame wraps everything again.
    mutating func invalidateLayouts() {
        for i in trail.views.indices {
            trail[i].update { $0.invalidateLayout() }
        }
    }
}
