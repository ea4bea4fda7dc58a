import ArgumentParser
import BylineCore

/// Finds the one entity a name given on the command line stands for (`person`, `with`).
enum EntityLookup {
    /// The one entity `name` finds. When none does, an error says so and the command fails
    /// (exit 1); when several do, `ambiguous` tells the user which, and it ends with exit 2.
    static func only(_ name: String, in store: any ArticleStore, ambiguous: ([EntitySummary]) -> Void) throws -> EntitySummary {
        let found = try store.lookupEntities(name: name)
        switch found.count {
        case 0:
            Output.error(VisibleText.make("no person, place or organisation named \"\(name)\" in the reports; see byline people"))
            throw ExitCode.failure
        case 1:
            return found[0]
        default:
            ambiguous(found)
            throw ExitCode(2)
        }
    }
}
