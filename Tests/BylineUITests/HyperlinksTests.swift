import BylineCore
@testable import BylineUI
import Testing

/// OSC 8 links on web addresses (issue 20, item 7): only addresses are linked, the link covers
/// exactly the cells that show the address, and the bytes written to the terminal cannot be
/// turned into a control by what a report holds.
@Suite struct HyperlinksTests {
    func sourcesGrid(source: String, width: Int) -> ScreenGrid {
        var article = Fixtures.geneva1
        article.source = source
        var view = ArticlePaneView(kind: .sources, articleID: article.id)
        view.load(article)
        var grid = ScreenGrid(width: width, height: 12)
        view.rendered = RenderedItems(width: width, items: ArticlePane.items(view, width: width, theme: .standard))
        ArticlePane.draw(view, in: grid.bounds, focused: true, theme: .standard, into: &grid)
        return grid
    }

    func text(of link: ScreenGrid.Hyperlink, in grid: ScreenGrid) -> String {
        String((link.x..<(link.x + link.width)).map { grid[$0, link.y].character })
    }

    @Test func theSourceAddressIsLinkedOnExactlyTheCellsThatShowIt() {
        let url = "https://example.org/geneva"
        let grid = sourcesGrid(source: url, width: 60)
        #expect(grid.hyperlinks.count == 1)
        let link = grid.hyperlinks[0]
        #expect(link.url == url)
        #expect(text(of: link, in: grid) == url)
    }

    @Test func anAddressWrappedOverSeveralRowsIsLinkedOnEachRow() {
        let url = "https://example.org/2024/06/03/geneva-summit-hears-a-warning-on-water"
        let grid = sourcesGrid(source: url, width: 30)
        #expect(grid.hyperlinks.count >= 2)
        #expect(Set(grid.hyperlinks.map(\.url)) == [url])
        #expect(grid.hyperlinks.map { text(of: $0, in: grid) }.joined() == url)
    }

    @Test func fieldsThatAreNotAddressesAreNeverLinked() {
        let grid = sourcesGrid(source: "Source link", width: 60)
        #expect(grid.hyperlinks.isEmpty)
    }

    @Test func fillingOverALinkForgetsIt() {
        var grid = sourcesGrid(source: "https://example.org/geneva", width: 60)
        grid.fill(grid.bounds)
        #expect(grid.hyperlinks.isEmpty)
    }

    @Test func theSequenceOpensTheLinkOverTheSameTextAndPutsTheCursorBack() {
        var grid = ScreenGrid(width: 30, height: 2)
        var line = StyledLine("see ")
        line.append("https://a.example/x", Style(underline: true), link: "https://a.example/x")
        grid.put(line, x: 0, y: 1)
        let bytes = Hyperlinks.sequence(for: grid, colors: false)
        // Save the cursor, go to row 2 column 5, open, underline, the same text, close, reset, restore.
        #expect(bytes == "\u{1B}7\u{1B}[2;5H\u{1B}]8;;https://a.example/x\u{1B}\\\u{1B}[0;4mhttps://a.example/x\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8")
        #expect(Hyperlinks.sequence(for: ScreenGrid(width: 5, height: 1), colors: true) == "")
    }

    @Test func controlsAndNonASCIIInAnAddressArePercentEncoded() {
        #expect(Hyperlinks.encoded("https://x.example/a\u{1B}]8;;evil\u{7}") == "https://x.example/a%1B]8;;evil%07")
        #expect(Hyperlinks.encoded("https://x.example/Valparaíso b") == "https://x.example/Valpara%C3%ADso%20b")
    }

    @Test func autoLinksOnlyInTerminalsKnownToShowThem() {
        #expect(Hyperlinks.enabled(.auto, environment: ["TERM": "xterm-kitty"]))
        #expect(Hyperlinks.enabled(.auto, environment: ["TERM": "xterm-256color", "VTE_VERSION": "7200"]))
        #expect(Hyperlinks.enabled(.auto, environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"]))
        #expect(!Hyperlinks.enabled(.auto, environment: ["TERM": "xterm-256color"]))
        #expect(!Hyperlinks.enabled(.auto, environment: ["TERM": "linux"]))
        #expect(!Hyperlinks.enabled(.auto, environment: ["TERM": "tmux-256color", "TMUX": "/tmp/tmux-0/default,1,0", "VTE_VERSION": "7200"]))
        #expect(Hyperlinks.enabled(.on, environment: ["TERM": "linux"]))
        #expect(!Hyperlinks.enabled(.off, environment: ["TERM": "xterm-kitty"]))
    }

    @Test func theConfigFileTurnsLinksOnOrOff() {
        #expect(ConfigFile(text: "set hyperlinks on").settings.hyperlinks == .on)
        #expect(ConfigFile(text: "set hyperlinks off").settings.hyperlinks == .off)
        #expect(ConfigFile().settings.hyperlinks == .auto)
        #expect(ConfigFile(text: "set hyperlinks maybe").errors == ["config line 1: set hyperlinks takes on, off or auto"])
    }
}
