// Package dashboard answers the landing page's three questions from the local database
// alone (it works offline): is everything Sophos bills billed to a customer (the usage
// classified with the usage sync planner's own rules, usagesync.Classify), what changed
// since last month (the usage history), and what needs attention (stale product
// mappings, customer problems, failed runs). It also builds the customer detail page.
//
// Past months are classified with the CURRENT mappings: the chart shows what a sync would
// bill of each stored month today, not what a run billed back then.
package dashboard
