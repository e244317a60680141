/// Where the matrix goes at a size: topic titles down the left, essay labels across the
/// top, and as many cells as fit with the stance word whole. What does not fit scrolls a
/// page at a time (pages start at fixed places, so clicking a cell never moves the page), and
/// the selected cell is always on screen; the selected cell's position is written out in full
/// below the grid when there is room.
struct MatrixLayout: Sendable {
    /// The narrowest cell: "AGAINST" and a little air.
    static let minimumCellWidth = 10
    static let maximumCellHeight = 8

    var labelWidth = 0
    var cellWidth = 1
    var cellHeight = 1
    var firstEssay = 0, visibleEssays = 0
    var firstTopic = 0, visibleTopics = 0
    /// The essay heads and the cells.
    var grid = Rect.empty
    /// The selected cell in full (empty when there is no room).
    var detail = Rect.empty
    var separatorY: Int?

    init(body: Rect, topics: Int, essays: Int, widestTitle: Int, selected: (topic: Int, essay: Int)) {
        guard topics > 0, essays > 0, body.width > 0, body.height > 0 else { return }
        grid = body
        if body.height >= 12 {
            detail = Rect(x: body.x, y: body.y + body.height - 3, width: body.width, height: 3)
            separatorY = detail.y - 1
            grid.height = body.height - 4
        }
        labelWidth = min(max(4, widestTitle), 14, max(1, grid.width / 4))
        let room = max(1, grid.width - labelWidth - 1)
        let essaysPerPage = min(essays, max(1, room / Self.minimumCellWidth))
        cellWidth = max(1, room / essaysPerPage)
        firstEssay = Self.page(selected.essay, visible: essaysPerPage, count: essays)
        visibleEssays = min(essaysPerPage, essays - firstEssay)

        let rowsRoom = max(0, grid.height - 1)
        cellHeight = rowsRoom >= 2 * topics ? min(Self.maximumCellHeight, rowsRoom / topics) : min(2, max(1, rowsRoom))
        let topicsPerPage = min(topics, max(rowsRoom > 0 ? 1 : 0, rowsRoom / cellHeight))
        guard topicsPerPage > 0 else { return }
        firstTopic = Self.page(selected.topic, visible: topicsPerPage, count: topics)
        visibleTopics = min(topicsPerPage, topics - firstTopic)
    }

    /// The first index of the page that holds `index`.
    static func page(_ index: Int, visible: Int, count: Int) -> Int {
        let first = (min(max(0, index), count - 1) / max(1, visible)) * max(1, visible)
        return max(0, first)
    }

    /// The top-left corner of a cell, if it is on screen.
    func origin(topic: Int, essay: Int) -> (x: Int, y: Int)? {
        guard (firstTopic..<(firstTopic + visibleTopics)).contains(topic),
              (firstEssay..<(firstEssay + visibleEssays)).contains(essay) else { return nil }
        return (grid.x + labelWidth + 1 + (essay - firstEssay) * cellWidth, grid.y + 1 + (topic - firstTopic) * cellHeight)
    }

    /// The cell under a screen position, for the mouse.
    func cell(x: Int, y: Int) -> (topic: Int, essay: Int)? {
        let cx = x - (grid.x + labelWidth + 1), cy = y - (grid.y + 1)
        guard cx >= 0, cy >= 0, cy < grid.height - 1 else { return nil }
        let essay = firstEssay + cx / cellWidth, topic = firstTopic + cy / cellHeight
        guard essay < firstEssay + visibleEssays, topic < firstTopic + visibleTopics else { return nil }
        return (topic, essay)
    }
}
