using Comptoir.Data.Jobs;

namespace Comptoir.Data.Configurations;

public sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(64);
        builder.Property(j => j.Module).HasMaxLength(64);
        builder.Property(j => j.Status).HasMaxLength(16);
        builder.Property(j => j.Runner).HasMaxLength(64);
        builder.Property(j => j.Cursor).HasMaxLength(200);
        // The runner's question, « what is waiting, oldest first ».
        builder.HasIndex(j => new { j.Status, j.Id });
    }
}
