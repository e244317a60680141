extension Action {
    /// The actions a configuration file can bind keys to, by the names it uses for them.
    public static let named: [String: Action] = [
        "down": .down, "up": .up, "collapse_or_parent": .collapseOrParent, "expand_or_child": .expandOrChild,
        "toggle": .toggle, "activate": .activate, "next_sibling": .nextSibling, "previous_sibling": .previousSibling,
        "first": .first, "last": .last, "half_page_down": .halfPageDown, "half_page_up": .halfPageUp,
        "page_down": .pageDown, "page_up": .pageUp, "expand_node": .expandNode, "expand_all": .expandAll,
        "collapse_node": .collapseNode, "collapse_all": .collapseAll, "jump_to_opponent": .jumpToOpponent,
        "pick_opponent": .pickOpponent, "versus": .versus, "clashes": .clashes, "ranking": .ranking,
        "focus_pane": .focusPane, "back": .back, "forward": .forward, "pivot": .pivot, "matrix": .matrix,
        "reader": .reader, "toggle_detail": .toggleDetail, "problems": .problems, "copy": .copy, "copy_id": .copyID,
        "open_source": .openSource, "filter": .filter, "search": .search, "next_match": .nextMatch,
        "previous_match": .previousMatch, "help": .help, "leave": .leave, "quit": .quit,
    ]

    /// The action's name in a configuration file, if keys can be bound to it.
    public var configName: String? { Action.named.first { $0.value == self }?.key }
}
