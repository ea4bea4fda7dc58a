import BylineCore
@testable import BylineUI

/// A corpus whose store never changes: no background work, so a session test sees only what
/// its keys do.
final class FixedCorpus: CorpusProvider {
    let store: any ArticleStore
    let name: String

    init(store: any ArticleStore, name: String = "Articles") {
        self.store = store
        self.name = name
    }

    func poll() -> CorpusUpdate { .idle }

    func rescan() {}
}
