/// Runs programs outside the reader for `o` and `|`; the executable implements it.
public protocol ExternalRunner: AnyObject {
    /// Opens `url` with the user's `$BROWSER`, in the foreground. Returns a one-line problem, or
    /// nil when it worked.
    func openURL(_ url: String) -> String?
    /// Runs `command` with the shell, `text` on its standard input, in the foreground. Returns a
    /// one-line problem, or nil when it worked.
    func pipe(_ text: String, to command: String) -> String?
}
