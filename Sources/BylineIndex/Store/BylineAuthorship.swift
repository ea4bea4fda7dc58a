import BylineCore
import Foundation

/// Whether a report's appearance of a person says they wrote it: the recogniser gives a person
/// named in the byline the role `author` (`BylineAuthors`).
enum BylineAuthorship {
    /// `roles` as the `appearance` table stores them (a JSON array, or NULL).
    static func wrote(roles: String?) -> Bool {
        guard let roles, roles.contains(BylineAuthors.role) else { return false }
        let data = Data(roles.utf8)
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String])?.contains(BylineAuthors.role) ?? false
    }
}
