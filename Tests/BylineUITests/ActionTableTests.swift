import Testing
@testable import BylineUI

@Suite struct ActionTableTests {
    @Test func everyActionHasADefaultKeyOrIsListedAsUnbound() {
        let map = KeyMap.defaults
        for action in Action.allCases {
            let bound = !action.info.keys.isEmpty
            #expect(bound != map.unboundActions.contains(action), "\(action.rawValue)")
        }
        #expect(map.unboundActions == [.toggleMouse])
    }

    @Test func theHelpScreenListsEveryActionByName() {
        let names = Set(HelpView.lines(keyMap: .defaults).map(\.name))
        for action in Action.allCases {
            #expect(names.contains(action.rawValue), "\(action.rawValue) is missing from the help screen")
        }
    }

    @Test func theHelpScreenListsUnboundActionsUnderTheirOwnHeading() {
        let lines = HelpView.lines(keyMap: .defaults)
        let heading = lines.firstIndex { $0.heading?.hasPrefix("Unbound") ?? false }
        #expect(heading != nil)
        let after = lines[(heading! + 1)...].map(\.name)
        #expect(after == ["toggle-mouse"])
        #expect(lines[heading! + 1].keys == "(unbound)")
    }

    @Test func theHelpScreenFollowsRebindings() {
        var map = KeyMap.defaults
        map.bind(KeySequence(notation: "x")!, to: .toggleMouse, in: nil)
        let mouseLine = HelpView.lines(keyMap: map).first { $0.name == "toggle-mouse" }
        #expect(mouseLine?.keys == "x")
        #expect(map.unboundActions == [])
    }

    @Test func helpSearchKeepsOnlyMatchingLinesUnderTheirHeadings() {
        let lines = HelpView.lines(keyMap: .defaults, query: "person")
        #expect(lines.map { $0.heading ?? ($0.name.isEmpty ? $0.keys : $0.name) } == [
            "Everywhere", "command-line", "entities", "", "Reader", "next-person", "previous-person",
            "", "Commands (type : then the command)", ":person NAME", ":ACTION-NAME",
        ])
    }

    @Test func everyDefaultKeyReadsBackFromItsOwnNotation() {
        for action in Action.allCases {
            for keys in action.info.keys {
                #expect(KeySequence(notation: keys.description) == keys, "\(keys) of \(action.rawValue)")
            }
        }
    }

    @Test func noKeyRunsTwoActionsInTheSamePane() {
        var seen: [String: Action] = [:]
        for action in Action.allCases {
            let panes: [PaneKind?] = action.info.panes.isEmpty ? [nil] : action.info.panes.map { $0 }
            for pane in panes {
                for keys in action.info.keys {
                    let slot = "\(pane?.rawValue ?? "everywhere") \(keys)"
                    #expect(seen[slot] == nil, "\(slot): \(seen[slot]?.rawValue ?? "") and \(action.rawValue)")
                    seen[slot] = action
                }
            }
        }
    }

    /// TUI.md's default key map, key by key.
    @Test(arguments: [
        ("?", PaneKind.list, Action.help), ("q", .reader, .backOrQuit), ("Q", .entityPage, .quit),
        (":", .list, .commandLine), ("Ctrl-L", .reader, .redraw), ("Ctrl-Z", .list, .suspend),
        ("j", .reader, .down), ("Down", .list, .down), ("k", .list, .up), ("Space", .reader, .pageDown),
        ("PgDn", .reader, .pageDown), ("b", .reader, .pageUp), ("PgUp", .list, .pageUp),
        ("Ctrl-D", .reader, .halfPageDown), ("Ctrl-U", .reader, .halfPageUp), ("g", .list, .top), ("Home", .reader, .top),
        ("G", .reader, .bottom), ("End", .list, .bottom), ("/", .reader, .find), ("/", .list, .find),
        ("S", .reader, .corpusSearch), ("n", .reader, .nextMatch), ("N", .reader, .previousMatch),
        ("&", .list, .filter), ("Ctrl-O", .reader, .back), ("Right", .list, .forward), ("l", .entityPage, .open),
        ("Left", .list, .back), ("Right", .reader, .forward), ("t", .list, .toggleSort), ("T", .list, .reverseSort),
        ("y", .reader, .yank), ("y", .sources, .yank),
        ("Enter", .list, .open), ("l", .list, .open), ("J", .reader, .nextArticle), ("K", .list, .previousArticle),
        ("s", .list, .save), ("|", .reader, .pipe), ("o", .list, .openSource), ("R", .list, .rescan),
        ("Tab", .reader, .nextLink), ("Shift-Tab", .reader, .previousLink), ("Enter", .reader, .follow),
        ("h", .reader, .back), ("Backspace", .reader, .back), ("l", .reader, .forward), ("u", .reader, .linkList),
        ("f", .reader, .followNumbered), ("=", .reader, .sources), ("c", .reader, .captions), ("v", .reader, .rawSource),
        ("]p", .reader, .nextPerson), ("[p", .reader, .previousPerson), ("]e", .reader, .nextEntity),
        ("[e", .reader, .previousEntity), ("P", .reader, .people), ("E", .list, .entities), ("*", .reader, .searchEntity),
        ("Ctrl-W h", .reader, .focusLeft), ("Ctrl-W j", .list, .focusDown), ("Ctrl-W k", .reader, .focusUp),
        ("Ctrl-W l", .list, .focusRight), ("F6", .reader, .focusNext), ("O", .reader, .maximise),
        ("n", .entityPage, .nextReport), ("N", .entityPage, .previousReport), ("Enter", .entityPage, .open),
    ])
    func theDefaultKeyMapFollowsTUIConventions(keys: String, pane: PaneKind, action: Action) {
        #expect(KeyMap.defaults.action(for: KeySequence(notation: keys)!, in: pane) == action)
    }

    @Test func statusHintsComeFromTheTableForTheFocusedPane() {
        var (state, ctx) = Fixtures.state(width: 120, height: 10)
        #expect(StatusLine.hints(state).text == " ? help  q back  / search  P people  = sources  c captions  Enter open  & filter  t sort  ")
        state.press(.enter, ctx)
        #expect(StatusLine.hints(state).text == " ? help  q back  / search  P people  = sources  c captions  Tab link  Enter follow  ]p person  ")
    }
}

@Suite struct KeyInputTests {
    func feed(_ keys: [Key], pane: PaneKind = .reader) -> [KeyInput.Outcome] {
        var input = KeyInput()
        return keys.map { input.feed($0, map: .defaults, pane: pane) }
    }

    @Test func aCountPrefixGoesWithTheAction() {
        #expect(feed([.char("1"), .char("2"), .char("j")]) == [.waiting, .waiting, .action(.down, count: 12)])
        #expect(feed([.char("3"), .char("0"), .char("G")]).last == .action(.bottom, count: 30))
    }

    @Test func zeroAloneIsNotACount() {
        #expect(feed([.char("0")]) == [.unbound(KeySequence(.char("0")))])
    }

    @Test func twoKeySequencesWaitForTheirSecondKey() {
        #expect(feed([.char("]"), .char("p")]) == [.waiting, .action(.nextPerson, count: nil)])
        #expect(feed([.ctrl("w"), .char("h")]) == [.waiting, .action(.focusLeft, count: nil)])
        #expect(feed([.char("2"), .char("["), .char("e")]).last == .action(.previousEntity, count: 2))
    }

    @Test func escapeDropsAHalfTypedSequenceOrCount() {
        #expect(feed([.char("]"), .escape, .char("j")]) == [.waiting, .cancelled, .action(.down, count: nil)])
        #expect(feed([.char("5"), .escape, .char("j")]) == [.waiting, .cancelled, .action(.down, count: nil)])
    }

    @Test func aSequenceThatLeadsNowhereIsReportedWhole() {
        #expect(feed([.char("]"), .char("x")]) == [.waiting, .unbound(KeySequence([.char("]"), .char("x")]))])
    }

    /// Terminals send Ctrl-I as Tab, so forward must not be Ctrl-I or Tab anywhere: Tab is for
    /// links in the reader and does nothing elsewhere.
    @Test func forwardIsOnKeysTerminalsTellApartFromTab() {
        for pane in PaneKind.allCases {
            #expect(KeyMap.defaults.action(for: KeySequence(.tab), in: pane) != .forward, "\(pane)")
        }
        #expect(KeyMap.defaults.keys(for: .forward, in: nil).map(\.description) == ["l", "Right"])
    }

    @Test func paneKeysWinOverKeysBoundEverywhere() {
        #expect(feed([.char("n")], pane: .entityPage) == [.action(.nextReport, count: nil)])
        #expect(feed([.char("n")], pane: .reader) == [.action(.nextMatch, count: nil)])
        #expect(feed([.tab], pane: .reader) == [.action(.nextLink, count: nil)])
        #expect(feed([.char("l")], pane: .reader) == [.action(.forward, count: nil)])
        #expect(feed([.char("l")], pane: .searchResults) == [.action(.open, count: nil)])
    }

    @Test(arguments: [
        ("j", [Key.char("j")]), ("Ctrl-O", [.ctrl("o")]), ("C-o", [.ctrl("o")]), ("^O", [.ctrl("o")]),
        ("Ctrl-I", [.tab]), ("Enter", [.enter]), ("F6", [.function(6)]), ("]p", [.char("]"), .char("p")]),
        ("Ctrl-W h", [.ctrl("w"), .char("h")]), ("Space", [.char(" ")]), ("Shift-Tab", [.backTab]),
    ])
    func keyNotationIsRead(text: String, keys: [Key]) {
        #expect(KeySequence(notation: text)?.keys == keys)
    }

    @Test func nonsenseNotationIsRejected() {
        #expect(KeySequence(notation: "Ctrl-Shift-Q") == nil)
        #expect(KeySequence(notation: "") == nil)
        #expect(KeySequence(notation: "F99") == nil)
    }
}
