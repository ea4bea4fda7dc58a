import BylineCore

extension AppState {
    /// Reads the marks of the corpus's reports (at start, and after the folder was read again).
    mutating func loadMarks(_ ctx: HandlerContext) {
        marksPending = false
        do {
            marks = try ctx.marks.marks(in: ctx.store)
        } catch {
            status = .error("Cannot read the reading marks: \(error)")
        }
        var l = list
        l.setMarks(marks)
        list = l
    }

    /// Changes the marks of report `id` and stores them; says so in the status line when
    /// `say` gives a message.
    mutating func changeMarks(of id: String, _ ctx: HandlerContext, say: ((ReportMarks) -> String)? = nil,
                              _ change: (inout ReportMarks) -> Void) {
        var m = marks[id] ?? ReportMarks()
        change(&m)
        do {
            try ctx.marks.setMarks(m, id: id, in: ctx.store, now: ctx.wallClock)
        } catch {
            status = .error("Cannot save the mark: \(error)")
            return
        }
        marks[id] = m.isEmpty ? nil : m
        var l = list
        l.setMarks(marks)
        list = l
        if let say { status = StatusMessage(say(m)) }
    }

    /// The report in view, or an error in the status line.
    private mutating func reportInView() -> String? {
        guard let id = trail.focused.currentArticleID else {
            status = .error("No report selected")
            return nil
        }
        return id
    }

    /// `M`: read or unread.
    mutating func toggleRead(_ ctx: HandlerContext) {
        guard let id = reportInView() else { return }
        changeMarks(of: id, ctx, say: { $0.read ? "Marked read" : "Marked unread" }) { $0.read.toggle() }
    }

    /// `F`: star or unstar.
    mutating func toggleStar(_ ctx: HandlerContext) {
        guard let id = reportInView() else { return }
        changeMarks(of: id, ctx, say: { $0.starred ? "Starred (& is:starred lists the starred reports)" : "Star taken off" }) { $0.starred.toggle() }
    }

    /// `a`: asks for the note of the report in view, starting from the one it has.
    mutating func startNote() {
        guard let id = reportInView() else { return }
        prompt = Prompt(.note(articleID: id), text: marks[id]?.note ?? "")
    }

    /// Enter on the note prompt.
    mutating func saveNote(_ text: String, of id: String, _ ctx: HandlerContext) {
        let note = text.trimmingSpaces
        changeMarks(of: id, ctx, say: { $0.hasNote ? "Note saved (& has:note lists the reports with one)" : "Note removed" }) { $0.note = note }
    }

    /// A report the reader has the focus on has been opened: it becomes read, once (marked
    /// unread with `M`, it stays unread while it stays open).
    mutating func markFocusedReportRead(_ ctx: HandlerContext) {
        guard let r = trail.focused.reader, case .article(let id) = r.content, id != lastOpenedReport else { return }
        lastOpenedReport = id
        if marks[id]?.read != true { changeMarks(of: id, ctx) { $0.read = true } }
    }

    /// Reports in the folder not yet read.
    public var unreadCount: Int {
        max(0, list.totalCount - marks.values.filter(\.read).count)
    }
}
