import Testing
@testable import BylineIndex

@Suite struct NameFoldingTests {
    @Test(arguments: [
        ("José Ignacio Peña Álvarez", "jose ignacio pena alvarez"),
        ("  PEÑA   ÁLVAREZ ", "pena alvarez"),
        ("Ingrid van der Berg", "ingrid van der berg"),
        ("Søren Łukasz Straße", "soren lukasz strasse"),
        ("O’Neill", "oneill"),
        ("O'Brien", "obrien"),
        ("OBrien", "obrien"),
        ("Inés Ruiz-Tagle", "ines ruiz tagle"),
        ("Ruiz – Tagle", "ruiz tagle"),
        ("Maria L. Santos", "maria l santos"),
        ("U.N.", "un"),
        ("Дмитрий Волков", "дмитрии волков"),
        ("渡辺健二", "渡辺健二"),
        ("Valparai\u{301}so", "valparaiso"),
    ])
    func namesFoldToLowerCaseWithoutAccents(name: String, folded: String) {
        #expect(NameFolding.fold(name) == folded)
    }
}
