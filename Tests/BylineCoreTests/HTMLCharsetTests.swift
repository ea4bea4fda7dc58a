import Foundation
import Testing
@testable import BylineCore

@Suite struct HTMLCharsetTests {
    private func page(charsetMeta: String, title: String, paragraph: String) -> String {
        "<html><head>\(charsetMeta)<title>\(title)</title></head><body><article><p>\(paragraph)</p></article></body></html>"
    }

    @Test func aWindows1252PageIsDecodedByItsMetaCharset() throws {
        let bytes = try encoded(page(charsetMeta: "<meta charset=\"windows-1252\">", title: "Peña Álvarez wins the vote",
                                     paragraph: "“Written in ink,” said José Ignacio Peña Álvarez in Valparaíso — twice."), .windowsCP1252)
        let article = try loadedPage(bytes)
        #expect(article.title == "Peña Álvarez wins the vote")
        #expect(article.blocks.map(\.text) == ["“Written in ink,” said José Ignacio Peña Álvarez in Valparaíso — twice."])
        #expect(article.warnings.isEmpty)
    }

    @Test func iso88591IsReadAsWindows1252AsBrowsersDo() throws {
        // Bytes 0x93 and 0x94 are C1 controls in ISO-8859-1 but curly quotes in windows-1252,
        // and pages labelled ISO-8859-1 use them as quotes.
        let bytes = try encoded(page(charsetMeta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                                     title: "Vote", paragraph: "“Nobody gave it to us,” Peña Álvarez said."), .windowsCP1252)
        #expect(bytes.contains(0x93))
        let article = try loadedPage(bytes)
        #expect(article.blocks.map(\.text) == ["“Nobody gave it to us,” Peña Álvarez said."])
    }

    @Test func aCyrillicPageInWindows1251IsDecoded() throws {
        let bytes = try encoded(page(charsetMeta: "<meta charset=\"windows-1251\">", title: "Дмитрий Волков",
                                     paragraph: "Министр энергетики Дмитрий Волков выступил в Алматы."), .windowsCP1251)
        let article = try loadedPage(bytes)
        #expect(article.title == "Дмитрий Волков")
        #expect(article.blocks.map(\.text) == ["Министр энергетики Дмитрий Волков выступил в Алматы."])
    }

    @Test func aShiftJISPageIsDecoded() throws {
        let bytes = try encoded(page(charsetMeta: "<meta charset=\"Shift_JIS\">", title: "交渉",
                                     paragraph: "渡辺健二首席交渉官は東京で記者団に語った。"), .shiftJIS)
        let article = try loadedPage(bytes)
        #expect(article.blocks.map(\.text) == ["渡辺健二首席交渉官は東京で記者団に語った。"])
    }

    @Test func aLegacyPageThatDeclaresNothingIsReadAsWindows1252WithAWarning() throws {
        let bytes = try encoded(page(charsetMeta: "", title: "Valparaíso", paragraph: "Peña Álvarez spoke."), .windowsCP1252)
        let article = try loadedPage(bytes)
        #expect(article.blocks.map(\.text) == ["Peña Álvarez spoke."])
        #expect(article.warnings == ["the page is not UTF-8 and declares no character set; read as windows-1252"])
    }

    @Test func aLegacyPageThatClaimsUTF8IsReadAsWindows1252WithAWarning() throws {
        let bytes = try encoded(page(charsetMeta: "<meta charset=\"utf-8\">", title: "Valparaíso", paragraph: "Peña Álvarez spoke."), .windowsCP1252)
        let article = try loadedPage(bytes)
        #expect(article.title == "Valparaíso")
        #expect(article.warnings == ["the page declares utf-8 but is not valid UTF-8; read as windows-1252"])
    }

    @Test func aUTF8PageWithOneDamagedByteStaysUTF8() throws {
        var bytes = Data(page(charsetMeta: "<meta charset=\"utf-8\">", title: "Valparaíso", paragraph: "Peña Álvarez spoke.").utf8)
        bytes.append(contentsOf: [0xFF])
        let article = try loadedPage(bytes)
        #expect(article.title == "Valparaíso")
        #expect(article.blocks.map(\.text) == ["Peña Álvarez spoke."])
        #expect(article.warnings == ["invalid UTF-8: 1 byte sequence shown as \u{FFFD}"])
    }

    @Test func aUTF8PageThatStillDeclaresItsOldCharsetIsReadAsUTF8() throws {
        let bytes = Data(page(charsetMeta: "<meta charset=\"iso-8859-1\">", title: "Valparaíso", paragraph: "“Peña Álvarez” spoke.").utf8)
        let article = try loadedPage(bytes)
        #expect(article.blocks.map(\.text) == ["“Peña Álvarez” spoke."])
        #expect(article.warnings.isEmpty)
    }

    @Test func aCharsetByteOrderMarkedUTF16PageIsRead() throws {
        var bytes = Data([0xFF, 0xFE])
        for unit in page(charsetMeta: "", title: "Tokyo round", paragraph: "渡辺健二 spoke in 東京.").utf16 {
            bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        let article = try loadedPage(bytes)
        #expect(article.blocks.map(\.text) == ["渡辺健二 spoke in 東京."])
    }

    @Test func aCharsetNoDecoderKnowsFallsBackWithAWarning() throws {
        let bytes = try encoded(page(charsetMeta: "<meta charset=\"x-harbour-8\">", title: "Valparaíso", paragraph: "Peña spoke."), .windowsCP1252)
        let article = try loadedPage(bytes)
        #expect(article.title == "Valparaíso")
        #expect(article.warnings == ["the page declares the character set x-harbour-8, which Byline cannot decode; read as windows-1252"])
    }

    @Test func theCharsetParameterIsFoundInAContentTypeValue() {
        #expect(HTMLCharset.charsetParameter(in: "text/html; charset=\"ISO-8859-1\"") == "iso-8859-1")
        #expect(HTMLCharset.charsetParameter(in: "text/html;charset = windows-1252 ; x=y") == "windows-1252")
        #expect(HTMLCharset.charsetParameter(in: "text/html") == nil)
    }
}
