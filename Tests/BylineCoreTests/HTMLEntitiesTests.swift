import Testing
@testable import BylineCore

@Suite struct HTMLEntitiesTests {
    @Test func namedDecimalAndHexadecimalReferencesAreDecoded() {
        #expect(HTMLEntities.decode("Okafor&#8217;s &ldquo;rules&rdquo; &amp; Pe&ntilde;a&#xC1;lvarez&apos;s") == "Okafor’s “rules” & PeñaÁlvarez's")
    }

    @Test func ampersandsThatAreNotReferencesStay() {
        #expect(HTMLEntities.decode("AT&T, R&D and &unknown; & more &#;") == "AT&T, R&D and &unknown; & more &#;")
    }
}
