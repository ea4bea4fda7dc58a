import Testing
@testable import BylineUI

/// The config file, the `:set` line and the help screen read one table of settings and one of
/// `:` commands.
@Suite struct SettingTableTests {
    @Test func theConfigFileAndTheCommandLineAcceptTheSameSettings() {
        for setting in Setting.allCases {
            let value = setting == .sort ? "title reverse" : setting == .readingWidth ? "80" : setting == .searchDelay ? "300"
                : setting == .color ? "never" : setting == .hyperlinks ? "off" : "on"
            let config = ConfigFile(text: "set \(setting.rawValue) \(value)")
            #expect(config.errors.isEmpty, "config: set \(setting.rawValue) \(value)")
            guard setting.changesWhileRunning else { continue }
            var (state, ctx) = Fixtures.state()
            state.type(":set \(setting.rawValue) \(value)", ctx)
            state.press(.enter, ctx)
            var live = state.settings
            live.sort = state.list.sort
            live.sortReversed = state.list.reversed
            #expect(setting.current(in: live) == setting.current(in: config.settings), "live: \(setting.rawValue)")
        }
    }

    @Test func aBadValueGetsTheSameLineInBothPlaces() {
        let config = ConfigFile(text: "set reading-width 5")
        #expect(config.errors == ["config line 1: set reading-width takes a number of columns (20-1000) or off"])
        var (state, ctx) = Fixtures.state()
        state.type(":set reading-width 5", ctx)
        state.press(.enter, ctx)
        #expect(state.status == .error("set reading-width takes a number of columns (20-1000) or off"))
        #expect(state.settings.readingWidth == Settings().readingWidth)
    }

    @Test func setWithoutAValueSaysTheValueAndStartOnlySettingsPointToTheConfigFile() {
        var (state, ctx) = Fixtures.state()
        state.type(":set reading-width", ctx)
        state.press(.enter, ctx)
        #expect(state.status?.text == "reading-width 76 columns")
        state.type(":set colour never", ctx)
        state.press(.enter, ctx)
        #expect(state.status == .error("color is read when the reader starts: put “set color never” in the config file"))
        state.type(":set wobble on", ctx)
        state.press(.enter, ctx)
        #expect(state.status?.text.hasPrefix("Unknown setting wobble (settings: mouse, cursor-on-selection") == true)
    }

    @Test func turningTheMouseOnAsksTheTerminalForIt() {
        var (state, ctx) = Fixtures.state()
        state.type(":set mouse on", ctx)
        #expect(state.press(.enter, ctx) == .setMouse(true))
        #expect(state.status?.text == "mouse on")
    }

    @Test func shortFormsNameTheirCommands() {
        #expect(LineCommand.named("w") == .save)
        #expect(LineCommand.named("Q") == .quit)
        #expect(LineCommand.named("who") == .person)
        #expect(LineCommand.named("next-person") == nil)
    }

    @Test func theHelpScreenListsEveryCommandAndSetting() {
        let lines = HelpView.lines(keyMap: .defaults)
        for command in LineCommand.allCases {
            #expect(lines.contains { ($0.keys == command.usage || $0.keys == ":" + command.rawValue) && $0.help.hasSuffix(command.help) }, "\(command)")
        }
        for setting in Setting.allCases {
            #expect(lines.contains { $0.keys == setting.rawValue && $0.help.hasPrefix(setting.values + ": ") }, "\(setting)")
        }
        let filtered = HelpView.lines(keyMap: .defaults, query: "reading-width")
        #expect(filtered.contains { $0.heading?.hasPrefix("Settings") == true })
    }
}
