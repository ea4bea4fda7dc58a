import Testing
@testable import BylineUI

@Suite struct ScreenGridTests {
    @Test func aGridKnowsItsSize() {
        let grid = ScreenGrid(width: 80, height: 24)
        #expect(grid.width == 80 && grid.height == 24)
    }
}
