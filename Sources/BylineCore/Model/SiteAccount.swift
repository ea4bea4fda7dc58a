/// Bylines that name a website's account rather than a person: `By admin`, `by Newsdesk`,
/// `Reuters Staff`. Shown as the site's account, never as an author.
public enum SiteAccount {
    /// Whole bylines that are an account.
    static let names: Set<String> = [
        "admin", "administrator", "site admin", "webadmin", "webmaster", "newsdesk", "news desk", "desk",
        "web desk", "staff", "staff writer", "staff reporter", "editor", "editors", "editorial", "editorial team",
        "editorial staff", "editorial board", "team", "newsroom", "news team", "wire", "wire staff", "agencies",
        "news agencies", "guest", "guest author", "contributor", "author", "user", "root", "publisher",
    ]
    /// Last words that make a byline an account (`Reuters Staff`, `The Newsdesk`, `BBC News team`).
    static let suffixes = ["staff", "newsdesk", "news desk", "desk", "team", "editors", "newsroom", "admin"]

    private static let spaces: Set<Character> = [" ", "\t", "\r", "\n"]

    /// Whether `byline` names the site's account, not a person.
    public static func matches(_ byline: String) -> Bool {
        var b = byline.lowercased().trimmed(spaces)
        if b.hasPrefix("by ") { b.removeFirst(3) }
        if b.hasPrefix("the ") { b.removeFirst(4) }
        b = String(b.filter { !".,;:!".contains($0) })
        if names.contains(b) { return true }
        return suffixes.contains { b.hasSuffix(" " + $0) }
    }
}
