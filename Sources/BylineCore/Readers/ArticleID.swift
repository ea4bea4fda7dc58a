/// Stable ids for reports, derived from where the file sits in the corpus folder.
public enum ArticleID {
    /// The file's path relative to the corpus root without its extension
    /// (`2024/kazakhstan-unrest`), or the file name without extension when there is no root.
    /// Files holding several reports add `#N` (1-based) for the N-th.
    public static func make(relativePath: String, index: Int? = nil) -> String {
        var base = relativePath
        if let slash = base.lastIndex(of: "/"), let dot = base[slash...].lastIndex(of: "."), dot > base.index(after: slash) {
            base = String(base[..<dot])
        } else if !base.contains("/"), let dot = base.lastIndex(of: "."), dot > base.startIndex {
            base = String(base[..<dot])
        }
        if let index { base += "#\(index)" }
        return base
    }
}
