import BylineUI
import CNcurses

/// Placeholder for the ncurses backend (issue 5).
public enum NcursesInfo {
    public static var version: String { String(cString: curses_version()) }
}
