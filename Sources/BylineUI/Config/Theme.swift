/// The style of each part of the screen. Every role has an attribute (bold, reverse, underline)
/// that marks it without colour; colours come on top and can be changed in the config file
/// (`color link cyan default underline`).
public struct Theme: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        case title, titleFocused = "title-focused", selection, selectionUnfocused = "selection-unfocused"
        case link, linkSelected = "link-selected", match, matchCurrent = "match-current"
        case heading, meta, subhead, quote, caption, captionLabel = "caption-label"
        case status, statusError = "status-error", prompt, hintKey = "hint-key", date, count, dim
        case separator, mention
    }

    private var styles: [Role: Style]

    public subscript(role: Role) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// Byline's default look.
    public static let standard = Theme(styles: [
        .title: Style(bold: true, underline: true),
        .titleFocused: Style(foreground: .cyan, bold: true, reverse: true),
        .selection: Style(reverse: true),
        .selectionUnfocused: Style(underline: true),
        .link: Style(foreground: .cyan, underline: true),
        .linkSelected: Style(foreground: .cyan, bold: true, reverse: true),
        .match: Style(foreground: .yellow, reverse: true),
        .matchCurrent: Style(foreground: .magenta, bold: true, underline: true, reverse: true),
        .heading: Style(bold: true),
        .meta: Style(foreground: .named(8), dim: true),
        .subhead: Style(bold: true),
        .quote: Style(italic: true),
        .caption: Style(foreground: .green, italic: true),
        .captionLabel: Style(foreground: .green, bold: true),
        .status: Style(reverse: true),
        .statusError: Style(foreground: .red, bold: true, reverse: true),
        .prompt: Style(),
        .hintKey: Style(bold: true, reverse: true),
        .date: Style(foreground: .yellow),
        .count: Style(foreground: .magenta),
        .dim: Style(dim: true),
        .separator: Style(dim: true),
        .mention: Style(bold: true, underline: true),
    ])
}
