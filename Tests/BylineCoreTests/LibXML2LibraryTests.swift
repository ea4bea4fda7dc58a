import Testing
@testable import BylineCore

/// libxml2 is opened at run time (`LibXML2Library`), not linked: what a missing or wrong
/// library gives, and that the system's is found.
@Suite struct LibXML2LibraryTests {
    @Test func theSystemLibraryOpensAndParsesAPage() throws {
        #expect(LibXML2.unavailable == nil)
        let page = try #require(LibXML2.parseHTML(Array("<p>Okafor&rsquo;s <b>rules".utf8), encoding: "UTF-8"))
        #expect(page.first { $0.name == "p" }?.text == "Okafor’s rules")
    }

    @Test func aMissingLibrarySaysWhatIsMissingAndWhatToDo() {
        #expect {
            _ = try LibXML2Library(named: "libxml2-not-installed.so.2")
        } throws: { error in
            guard let missing = error as? LibXML2Library.Unavailable, missing.function == nil else { return false }
            let message = missing.description
            return message.contains("libxml2-not-installed.so.2 could not be loaded") && message.contains("install libxml2")
        }
    }

    #if os(Linux)
    @Test func aLibraryWithoutTheFunctionsNamesTheFirstOneMissing() {
        #expect {
            _ = try LibXML2Library(named: "libm.so.6")
        } throws: { error in
            guard let missing = error as? LibXML2Library.Unavailable else { return false }
            return missing.function == "xmlInitParser" && missing.description.contains("libm.so.6 has no function xmlInitParser")
        }
    }
    #endif
}
