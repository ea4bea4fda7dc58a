import BylineCore

/// Where the session gets its store, and background work on the corpus (indexing, rescans).
///
/// The session calls `poll()` on its own thread between frames; an implementation that indexes
/// in the background reports progress there and swaps in fresh data only when polled.
public protocol CorpusProvider: AnyObject {
    var store: any ArticleStore { get }
    /// The folder's name for the list's title.
    var name: String { get }
    /// Progress of background work, whether the list must be reloaded, and any message.
    func poll() -> CorpusUpdate
    /// Starts re-reading the folder; `poll` reports when it is done.
    func rescan()
}

/// What `CorpusProvider.poll` reports.
public struct CorpusUpdate: Sendable, Equatable {
    /// Set while work runs in the background.
    public var progress: BackgroundProgress?
    /// True once after new data is in the store; the session reloads the article list.
    public var reloaded: Bool
    /// A one-line message for the status line.
    public var message: String?

    public init(progress: BackgroundProgress? = nil, reloaded: Bool = false, message: String? = nil) {
        self.progress = progress
        self.reloaded = reloaded
        self.message = message
    }

    public static let idle = CorpusUpdate()
}
