import OtborHTML

/// Where a report may link to another: a report file beside it (``ReportFileName/isLinkable(_:)``,
/// as `otbor report` writes them) or a report page of the web console, a same-origin path under
/// `/reports/` (``SameOriginPath``, no `..`).
public enum ReportLink {
    /// Whether `link` is one of the two forms above; any other `href` is left out of a report.
    public static func isSafe(_ link: String) -> Bool {
        if ReportFileName.isLinkable(link) { return true }
        return link.hasPrefix("/reports/") && !link.contains("..") && SameOriginPath(link) != nil
    }
}
