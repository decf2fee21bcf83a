package io.dynasql.jdbc;

import java.util.List;
import java.util.Set;

/**
 * Queries over Chinook that the differential suite runs whatever the seeds, each for a case a
 * random draw may miss: sums past the INTEGER range (SUM of Track.Bytes is 117,386,255,350), the
 * manager chain of Employee two levels deep, the Playlist-Track many-to-many with a GROUP BY, a
 * join of four tables over all three places, dates grouped by year, and anti-joins.
 */
final class ChinookPinnedQueries {
  private ChinookPinnedQueries() {}

  static final List<ChinookQuery> ALL = List.of(
      new ChinookQuery("pinned", "SELECT t.MediaTypeId, COUNT(*), SUM(t.Bytes), SUM(t.Milliseconds), AVG(t.Milliseconds),"
          + " MIN(t.UnitPrice), MAX(t.UnitPrice) FROM {Track} t GROUP BY t.MediaTypeId", false, Set.of(4)),
      new ChinookQuery("pinned", "SELECT SUM(t.Bytes), AVG(t.Bytes), COUNT(t.Composer) FROM {Track} t", false, Set.of(1)),
      new ChinookQuery("pinned", "SELECT e.EmployeeId, e.LastName, m.LastName, mm.LastName FROM {Employee} e"
          + " LEFT JOIN {Employee} m ON e.ReportsTo = m.EmployeeId LEFT JOIN {Employee} mm ON m.ReportsTo = mm.EmployeeId",
          false, Set.of()),
      new ChinookQuery("pinned", "SELECT p.PlaylistId, p.Name, COUNT(*), SUM(t.Milliseconds) FROM {Playlist} p"
          + " JOIN {PlaylistTrack} pt ON pt.PlaylistId = p.PlaylistId JOIN {Track} t ON t.TrackId = pt.TrackId"
          + " GROUP BY p.PlaylistId, p.Name", false, Set.of()),
      // five tables over three places: planning took minutes until RemoteLookupCost stopped asking
      // Calcite for distinct counts over joins of joins (RemoteLookupCost.joinsBelow)
      new ChinookQuery("pinned", "SELECT i.BillingCountry, COUNT(*), SUM(il.UnitPrice * il.Quantity), COUNT(DISTINCT c.CustomerId)"
          + " FROM {Invoice} i JOIN {InvoiceLine} il ON il.InvoiceId = i.InvoiceId"
          + " JOIN {Track} t ON t.TrackId = il.TrackId JOIN {Album} a ON a.AlbumId = t.AlbumId"
          + " JOIN {Customer} c ON c.CustomerId = i.CustomerId WHERE t.GenreId IN (1, 3)"
          + " GROUP BY i.BillingCountry", false, Set.of()),
      new ChinookQuery("pinned", "SELECT i.BillingCountry, COUNT(*), SUM(il.UnitPrice * il.Quantity), COUNT(DISTINCT i.InvoiceId)"
          + " FROM {Invoice} i JOIN {InvoiceLine} il ON il.InvoiceId = i.InvoiceId"
          + " JOIN {Track} t ON t.TrackId = il.TrackId JOIN {Album} a ON a.AlbumId = t.AlbumId WHERE t.GenreId IN (1, 3)"
          + " GROUP BY i.BillingCountry", false, Set.of()),
      new ChinookQuery("pinned", "SELECT EXTRACT(YEAR FROM i.InvoiceDate), COUNT(*), SUM(i.Total), MIN(i.InvoiceDate),"
          + " MAX(i.InvoiceDate) FROM {Invoice} i GROUP BY EXTRACT(YEAR FROM i.InvoiceDate)", false, Set.of()),
      new ChinookQuery("pinned", "SELECT e.EmployeeId, COUNT(c.CustomerId) FROM {Employee} e"
          + " LEFT JOIN {Customer} c ON c.SupportRepId = e.EmployeeId GROUP BY e.EmployeeId", false, Set.of()),
      new ChinookQuery("pinned", "SELECT ar.ArtistId FROM {Artist} ar WHERE NOT EXISTS"
          + " (SELECT 1 FROM {Album} al WHERE al.ArtistId = ar.ArtistId)", false, Set.of()),
      new ChinookQuery("pinned", "SELECT t.TrackId FROM {Track} t WHERE t.TrackId NOT IN"
          + " (SELECT il.TrackId FROM {InvoiceLine} il) AND t.GenreId = 2", false, Set.of()),
      new ChinookQuery("pinned", "SELECT t.TrackId, t.Milliseconds, a.Title FROM {Track} t JOIN {Album} a ON a.AlbumId = t.AlbumId"
          + " ORDER BY t.Milliseconds DESC, t.TrackId LIMIT 5", true, Set.of()));
}
