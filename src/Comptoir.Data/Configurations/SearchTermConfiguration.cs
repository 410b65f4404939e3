using Comptoir.Data.Search;

namespace Comptoir.Data.Configurations;

public sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> builder)
    {
        // The key is the search's index: module, then the term's range, then the records that have it.
        builder.HasKey(t => new { t.Module, t.Term, t.RecordId });
        builder.Property(t => t.Module).HasMaxLength(64);
        builder.Property(t => t.Term).HasMaxLength(Core.Search.SearchWords.MaxLength);
        // A record's terms: to replace them when it is deleted for good or re-indexed, and to check a common
        // word record by record while a list walks its own order (SearchMatch), from the index alone.
        builder.HasIndex(t => new { t.Module, t.RecordId, t.Term });
    }
}
