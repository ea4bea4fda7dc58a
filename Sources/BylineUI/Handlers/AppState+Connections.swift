import BylineCore

extension AppState {
    /// `w` on an entity page: who is named with the entity, and when, beside the page.
    mutating func showConnections(_ ctx: HandlerContext) {
        let i = trail.current
        guard case .entityPage(let e) = trail[i], let page = e.page else {
            status = .error("Connections are shown from an entity page: Enter on a person, place or organisation opens one")
            return
        }
        if i + 1 < trail.views.count, case .connections(let c) = trail[i + 1], c.key == page.key {
            trail.show(i + 1)
            return
        }
        var view = ConnectionsView(key: page.key, name: page.name)
        view.load(from: ctx.store)
        trail.open(.connections(view), from: i)
    }

    /// `t` in the connections pane: the same report, or the same sentence.
    mutating func toggleTogether() {
        let i = trail.current
        guard case .connections(var c) = trail[i] else { return }
        c.toggleScope()
        trail[i] = .connections(c)
        let count = c.shown.count
        status = StatusMessage(c.scope == .report
            ? "Named in the same report as \(c.name): \(plural(count, "connection"))"
            : "Named in the same sentence as \(c.name): \(plural(count, "connection"))")
    }

    /// `>`/`<`: another bar of the timeline.
    mutating func stepBar(by n: Int) {
        let i = trail.current
        guard case .connections(var c) = trail[i] else { return }
        guard c.relations?.timeline.buckets.isEmpty == false else {
            status = .error("\(c.name) is named in no dated report, so there is no timeline")
            return
        }
        if !c.stepBar(by: n) {
            status = StatusMessage(n > 0 ? "This is the last bar of the timeline" : "This is the first bar of the timeline")
        } else if let bucket = c.selectedBucket {
            status = StatusMessage("\(bucket.period): \(plural(bucket.reports, "report")) naming \(c.name)")
        }
        trail[i] = .connections(c)
    }

    /// A click on bar `bar` of the timeline in the connections pane `i`: selects it and lists
    /// the period's reports beside the pane, leaving the focus on the timeline so that the
    /// next click picks another bar; a double click moves the focus to the list, as Enter does.
    mutating func clickBar(_ bar: Int, inPane i: Int, focus: Bool, _ ctx: HandlerContext) {
        guard case .connections(var c) = trail[i] else { return }
        guard c.selectBar(bar) else { return }
        trail[i] = .connections(c)
        openFromConnections(at: i, focus: focus, ctx)
    }

    /// Enter in the connections pane: the shared reports of the selected connection, or the
    /// reports of the selected bar's period, beside the pane (focused, with its first report
    /// beside it, unless `focus` is false). `i` is the pane, the focused one unless given.
    mutating func openFromConnections(at i: Int? = nil, focus: Bool = true, _ ctx: HandlerContext) {
        let i = i ?? trail.current
        guard case .connections(let c) = trail[i], let relations = c.relations, let row = c.selectedRow else { return }
        let source: ReportSetView.Source
        switch row {
        case .timeline:
            guard let bucket = c.selectedBucket, bucket.reports > 0 else {
                status = StatusMessage("No report names \(c.name) in \(c.selectedBucket?.period ?? "this period"); < and > choose another bar")
                return
            }
            source = .period(key: relations.key, name: c.name, period: bucket.period, granularity: relations.timeline.granularity)
        case .connection:
            guard let other = c.selectedConnection else { return }
            source = .shared(key: relations.key, name: c.name, other: other.key, otherName: other.name)
        }
        var view = ReportSetView(source)
        view.load(from: ctx.store)
        if let error = view.error {
            status = .error(error)
            return
        }
        trail.open(.reportSet(view), from: i, focus: focus)
        if focus, !view.reports.isEmpty { updatePreview(of: i + 1, ctx) }
    }
}
