import Testing
@testable import BylineUI

@Suite struct ConfigFileTests {
    @Test func bindAndUnbindChangeTheKeyMap() {
        let config = ConfigFile(text: """
        # mine
        bind x quit
        bind Ctrl-N next-person in reader
        unbind J
        """)
        #expect(config.errors.isEmpty)
        #expect(config.keyMap.action(for: KeySequence(notation: "x")!, in: .list) == .quit)
        #expect(config.keyMap.action(for: KeySequence(notation: "Ctrl-N")!, in: .reader) == .nextPerson)
        #expect(config.keyMap.action(for: KeySequence(notation: "Ctrl-N")!, in: .list) == nil)
        #expect(config.keyMap.action(for: KeySequence(notation: "J")!, in: .reader) == nil)
    }

    @Test func coloursAndAttributesSetARole() {
        let config = ConfigFile(text: "color link blue default bold underline\ncolour match 214 black reverse")
        #expect(config.errors.isEmpty)
        #expect(config.theme[.link] == Style(foreground: .blue, bold: true, underline: true))
        #expect(config.theme[.match] == Style(foreground: .indexed(214), background: .black, reverse: true))
    }

    @Test func settingsTurnOnTheMouseAndTheScreenReaderCursor() {
        let config = ConfigFile(text: "set mouse on\nset cursor-on-selection yes\nset color never\nset search-delay 300")
        #expect(config.errors.isEmpty)
        #expect(config.settings.mouse)
        #expect(config.settings.cursorOnSelection)
        #expect(config.settings.color == .never)
        #expect(config.settings.searchDelay == 300)
    }

    @Test func badLinesAreNamedAndSkippedWhileTheRestApplies() {
        let config = ConfigFile(text: """
        bind x jump-around
        bind
        colour link mauve
        set mouse maybe
        bind Ctrl-Shift-Q quit
        frobnicate
        bind z quit in sidebar
        set mouse on
        """)
        #expect(config.errors == [
            "config line 1: unknown action “jump-around”; the help screen (?) lists the names",
            "config line 2: bind needs keys and an action: bind KEYS ACTION [in PANE]",
            "config line 3: unknown colour or attribute “mauve”",
            "config line 4: set mouse takes on or off",
            "config line 5: cannot read the keys “Ctrl-Shift-Q” (write j, Ctrl-O, Enter, F6, ]p or Ctrl-W h)",
            "config line 6: unknown command “frobnicate” (commands: bind, unbind, color, set)",
            "config line 7: unknown pane “sidebar” (panes: list, reader, entity-page, connections, report-set, entities, captions, sources, links, search-results, raw-source, help)",
        ])
        #expect(config.settings.mouse)
    }

    @Test func theFileLivesUnderXDGConfigHomeOrTheHomeFolder() {
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/u"]) == "/x/conf/byline/config")
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/u"]) == "/home/u/.config/byline/config")
    }

    @Test func theColorOptionWinsOverNoColorAndNoColorOverTheDefault() {
        #expect(ColorMode.resolve(option: nil, config: nil, environment: ["NO_COLOR": "1"]) == .never)
        #expect(ColorMode.resolve(option: nil, config: nil, environment: ["NO_COLOR": ""]) == .auto)
        #expect(ColorMode.resolve(option: .always, config: nil, environment: ["NO_COLOR": "1"]) == .always)
        #expect(ColorMode.resolve(option: nil, config: .always, environment: ["NO_COLOR": "1"]) == .always)
        #expect(ColorMode.resolve(option: .never, config: .always, environment: [:]) == .never)
        #expect(ColorMode.resolve(option: nil, config: nil, environment: [:]) == .auto)
    }
}
