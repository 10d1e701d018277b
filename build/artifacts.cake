// Targets of this family arrive with their issue.
