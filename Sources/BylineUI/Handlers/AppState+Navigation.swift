import BylineCore

extension AppState {
    /// Enter on a list row: open the selected report, entity or target.
    mutating func openSelected(_ ctx: HandlerContext) -> Reaction {
        let i = trail.current
        switch trail[i] {
        case .connections:
            openFromConnections(ctx)
        case .list, .searchResults, .entityPage, .reportSet:
            guard let target = previewTarget(of: i) else {
                status = StatusMessage("Nothing selected")
                return .none
            }
            if !(i + 1 < trail.views.count && trail[i + 1].reader?.content == target.content) {
                trail.setPreview(.reader(target), after: i)
            }
            trail.show(i + 1)
        case .entities(let e):
            guard let selected = e.selected else { return .none }
            openEntityPage(EntityPageView(key: selected.key, selecting: trail[max(0, i - 1)].currentArticleID), from: i, ctx)
        case .articlePane(let p):
            guard let item = p.selectedItem else { return .none }
            return open(item.target, fromPane: i, articleID: p.articleID, ctx)
        case .reader:
            break
        }
        return .none
    }

    /// Opens what a row of the captions, sources or link pane points at.
    mutating func open(_ target: ArticlePaneView.Item.Target, fromPane i: Int, articleID: String, _ ctx: HandlerContext) -> Reaction {
        switch target {
        case .none:
            return .none
        case .url(let url):
            return .run(.openURL(url))
        case .entity(let key):
            openEntityPage(EntityPageView(key: key, selecting: articleID), from: i, ctx)
        case .rawFile(let path):
            let title = trail[i].reader?.article?.title ?? path
            trail.open(.reader(ReaderView(rawPath: path, title: title)), from: i)
        case .jump(let jump):
            // Jump in the reader the pane was opened from, if it shows this report.
            if i > 0, var r = trail[i - 1].reader, r.articleID == articleID, r.isLoaded {
                r.pendingJump = jump
                trail[i - 1] = .reader(r)
                if trail.left != i - 1 { trail.show(i - 1) }
            } else {
                trail.open(.reader(ReaderView(articleID: articleID, jump: jump)), from: i)
            }
        }
        return .none
    }

    /// `J`/`K`: the next or previous report of the article list, from anywhere.
    mutating func stepArticle(by n: Int, _ ctx: HandlerContext) {
        var l = list
        guard l.rowCount > 0 else { return }
        let from = trail.focused.currentArticleID.flatMap { l.row(of: $0) } ?? l.cursor.selected
        let to = min(max(0, from + n), l.rowCount - 1)
        if to == from {
            status = StatusMessage(n > 0 ? "This is the last report in the list" : "This is the first report in the list")
            return
        }
        l.cursor.selected = to
        list = l
        loadListRow(to, ctx)
        guard let id = list.selected?.id else { return }
        let i = trail.current
        switch trail[i] {
        case .list:
            updatePreview(of: 0, ctx)
        case .reader:
            // The search of the last report stays for `n`, but is not shown on this one.
            trail.replace(at: i, with: .reader(ReaderView(articleID: id)))
        default:
            trail.open(.reader(ReaderView(articleID: id)), from: i)
        }
    }

    /// `n`/`N` on an entity page: the next or previous report naming the entity, shown beside it.
    mutating func stepReport(by n: Int, _ ctx: HandlerContext) {
        let i = trail.current
        guard case .entityPage(var e) = trail[i], let page = e.page, !page.articles.isEmpty else { return }
        let from = e.selectedReport ?? -1
        let to = min(max(0, from + n), page.articles.count - 1)
        if to == from {
            status = StatusMessage(n > 0 ? "No later report names \(page.name)" : "No earlier report names \(page.name)")
            return
        }
        let row = e.row(ofReport: to) ?? 0
        e.cursor.selected = page.articles[to].mentions.isEmpty ? row : row + 1
        trail[i] = .entityPage(e)
        updatePreview(of: i, ctx)
        status = StatusMessage("Report \(to + 1) of \(page.articles.count) naming \(page.name)")
    }

    /// Shows `view` beside the focused one, or goes back if the focused view is already that
    /// pane. A side pane about a report (captions, sources, links, its people) takes the place
    /// of the side pane in focus rather than pushing the report off screen.
    mutating func togglePane(_ view: View) {
        let focused = trail.focused
        if focused.kind == view.kind, focused.currentArticleID == view.currentArticleID, trail.current > 0 {
            _ = trail.back()
            return
        }
        if focused.isSidePane, view.isSidePane, trail.current > 0 {
            trail.replace(at: trail.current, with: view)
            return
        }
        trail.open(view, from: trail.current)
    }

    /// `P`: people of the report in view, or of the corpus from the article list.
    mutating func showPeople(_ ctx: HandlerContext) {
        if trail.focused.kind == .list {
            togglePane(.entities(EntitiesView(scope: .corpus(.person))))
            return
        }
        guard let id = trail.focused.currentArticleID else {
            togglePane(.entities(EntitiesView(scope: .corpus(.person))))
            return
        }
        let title = (try? ctx.store.article(id: id).title) ?? id
        togglePane(.entities(EntitiesView(scope: .article(id: id, title: title))))
    }

    /// `c`, `=`, `u`: captions, sources or links of the report in view.
    mutating func showArticlePane(_ kind: ArticlePaneView.Kind) {
        guard let id = trail.focused.currentArticleID else {
            status = .error("No report selected")
            return
        }
        togglePane(.articlePane(ArticlePaneView(kind: kind, articleID: id)))
    }

    /// `v`: the report's file as stored.
    mutating func showRawSource(_ ctx: HandlerContext) {
        if trail.focused.kind == .rawSource {
            _ = trail.back()
            return
        }
        guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
            status = .error("No report selected")
            return
        }
        trail.open(.reader(ReaderView(rawPath: article.path, title: article.title)), from: trail.current)
    }

    /// Enter in the reader: the entity page of the selected link.
    mutating func followSelectedLink(_ ctx: HandlerContext) {
        let i = trail.current
        guard let r = trail[i].reader, let doc = r.document, let article = r.article else { return }
        guard let li = r.selectedLink, doc.links.indices.contains(li) else {
            status = StatusMessage("No link selected: Tab moves to the next one")
            return
        }
        let link = doc.links[li]
        let entity = article.entities[link.entity]
        openEntityPage(EntityPageView(key: entity.key, selecting: article.id, mention: link.mention), from: i, ctx)
    }

    /// Shows an entity page beside view `i`, read now so that the report it selects (the one
    /// the link was followed from, at that mention) shows beside it at once.
    mutating func openEntityPage(_ page: EntityPageView, from i: Int, _ ctx: HandlerContext) {
        var view = page
        view.load(from: ctx.store)
        trail.open(.entityPage(view), from: i)
        if view.page != nil { updatePreview(of: i + 1, ctx) }
    }

    /// `Nf`: follows link N of the link list.
    mutating func followNumbered(_ count: Int?, _ ctx: HandlerContext) -> Reaction {
        let i = trail.current
        guard let article = trail[i].reader?.article else { return .none }
        guard let n = count else {
            status = StatusMessage("Type the link's number first: 3f follows link 3 of the link list (u)")
            return .none
        }
        guard let item = ArticlePaneView.linkItems(article).first(where: { $0.number == n }) else {
            status = .error("There is no link \(n); u lists them")
            return .none
        }
        return open(item.target, fromPane: i, articleID: article.id, ctx)
    }

    /// `o`: the source address of the report in view, for `$BROWSER`.
    mutating func openSource(_ ctx: HandlerContext) -> Reaction {
        guard let url = sourceURLInView(ctx, to: "open") else { return .none }
        return .run(.openURL(url))
    }

    /// `s`: asks where to save the report in view as text.
    mutating func startSave(_ ctx: HandlerContext) -> Reaction {
        guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
            status = .error("No report selected")
            return .none
        }
        prompt = Prompt(.save(articleID: id), text: ArticleTextRenderer.fileName(for: article))
        return .none
    }

    /// `|`: asks for the command to pipe the report in view to.
    mutating func startPipe() -> Reaction {
        guard let id = trail.focused.currentArticleID else {
            status = .error("No report selected")
            return .none
        }
        prompt = Prompt(.pipe(articleID: id))
        return .none
    }
}
