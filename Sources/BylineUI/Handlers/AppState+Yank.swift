import BylineCore

extension AppState {
    /// `y`: copies the selected quote (in the sources pane) or the source URL of the report in
    /// view to the clipboard, through the terminal.
    mutating func yank(_ ctx: HandlerContext) -> Reaction {
        if case .articlePane(let p) = trail.focused, let item = p.selectedItem, let text = item.copyText {
            return .run(.copy(text: VisibleText.make(text), what: item.copyLabel))
        }
        guard let url = sourceURLInView(ctx, to: "copy") else { return .none }
        return .run(.copy(text: url, what: url))
    }

    /// The source address of the report in view, for `y` (`verb` "copy") and `o` ("open"); nil,
    /// with an error on the status line, when no report is in view or it has no usable address.
    mutating func sourceURLInView(_ ctx: HandlerContext, to verb: String) -> String? {
        guard let id = trail.focused.currentArticleID, let article = try? ctx.store.article(id: id) else {
            status = .error("No report selected: nothing to \(verb)")
            return nil
        }
        guard let source = article.source, let url = ArticlePaneView.url(source) else {
            status = .error("This report has no source link to \(verb)" + (article.source.map { " (it says only “\(VisibleText.make($0))”)" } ?? ""))
            return nil
        }
        return url
    }
}
