using Comptoir.Data.Duplicates;

namespace Comptoir.Data.Configurations;

public sealed class DuplicateGroupConfiguration : IEntityTypeConfiguration<DuplicateGroup>
{
    public void Configure(EntityTypeBuilder<DuplicateGroup> builder)
    {
        builder.Property(g => g.Module).HasMaxLength(64);
        // 50 ids of up to 19 digits and their commas.
        builder.Property(g => g.Ids).HasMaxLength(1_000);
        builder.Property(g => g.Fields).HasMaxLength(200);
        // A run's groups in order (the pages' keyset), and the run's replacement of the module's others.
        builder.HasIndex(g => new { g.JobId, g.Final, g.Id });
        builder.HasIndex(g => g.Module);
    }
}
