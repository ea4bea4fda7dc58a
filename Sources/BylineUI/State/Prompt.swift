/// The command line at the bottom of the screen while something is being typed.
public struct Prompt: Sendable {
    public enum Purpose: Sendable {
        /// `:` commands.
        case command
        /// `/` in the reader: incremental; Esc puts back the position and search held before.
        case reportSearch(saved: ReaderView, index: Int)
        /// `S`, or `/` outside the reader: ranked results as you type; Esc puts the panes back.
        case corpusSearch(saved: Trail)
        /// `&`: filters the list as you type; Esc puts the old filter back.
        case filter(saved: String)
        /// `/` on the help screen.
        case helpSearch(saved: String)
        /// `s`: the file to save the report to.
        case save(articleID: String)
        /// `|`: the shell command to pipe the report to.
        case pipe(articleID: String)
        /// `a`: the report's private note.
        case note(articleID: String)
    }

    public var purpose: Purpose
    public var text: String
    /// The cursor as a position in `text`, in characters.
    public var cursor: Int

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
        cursor = text.count
    }

    /// What is shown before the typed text.
    public var label: String {
        switch purpose {
        case .command: return ":"
        case .reportSearch, .helpSearch: return "/"
        case .corpusSearch: return "Search corpus: "
        case .filter: return "Filter: "
        case .save: return "Save as: "
        case .pipe: return "Pipe to: "
        case .note: return "Note: "
        }
    }

    /// Edits the text for one key; returns false when the key is not an editing key.
    mutating func edit(_ key: Key) -> Bool {
        var chars = Array(text)
        switch key {
        case .char(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < chars.count else { return true }
            chars.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"):
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            chars.removeSubrange(cursor...)
        case .ctrl("w"):
            var i = cursor
            while i > 0, chars[i - 1] == " " { i -= 1 }
            while i > 0, chars[i - 1] != " " { i -= 1 }
            chars.removeSubrange(i..<cursor)
            cursor = i
        default:
            return false
        }
        text = String(chars)
        cursor = min(cursor, text.count)
        return true
    }
}
