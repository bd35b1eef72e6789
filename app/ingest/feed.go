package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/takedowndesk/takedowndesk/app"
)

// parseFeed reads a saved RSS 2.0 or Atom feed, one notice per item. The
// text is the item's content, else its description, with markup removed.
// The origin is the item's guid (Atom id), else its link; an item with
// neither is deduplicated by its text only.
func parseFeed(s *sink, r io.Reader) error {
	b, err := readWhole(r)
	if err != nil {
		return err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("not a readable RSS or Atom feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return errors.New("feed has no items")
	}
	outlet := strings.TrimSpace(htmlText(feed.Title))
	for i, it := range feed.Items {
		im := feedItem(it, outlet, feed.Language)
		if strings.TrimSpace(im.Notice.Body) == "" {
			s.skip()
			continue
		}
		if err := s.emit(im); err != nil {
			return fmt.Errorf("item %d: %w", i+1, err)
		}
	}
	return nil
}

func feedItem(it *gofeed.Item, outlet, lang string) app.Imported {
	text := it.Content
	if strings.TrimSpace(htmlText(text)) == "" {
		text = it.Description
	}
	body := htmlText(text)
	title := strings.TrimSpace(htmlText(it.Title))
	if strings.TrimSpace(body) == "" {
		body = title
	}
	n := app.Notice{
		Kind:  app.KindFeedItem,
		Title: title,
		Body:  body,
		URL:   strings.TrimSpace(it.Link),
		Lang:  lang,
	}
	switch {
	case it.PublishedParsed != nil:
		n.PublishedAt = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		n.PublishedAt = it.UpdatedParsed.UTC()
	}
	if id := strings.TrimSpace(it.GUID); id != "" {
		n.Origin = "feed:" + id
	} else if n.URL != "" {
		n.Origin = "feed:" + n.URL
	}
	var sources []app.SourceLink
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			sources = append(sources, app.SourceLink{Source: app.Source{Name: strings.TrimSpace(a.Name), Kind: app.SourceUnknown}, Role: app.RoleReportedBy})
		}
	}
	if len(sources) == 0 && outlet != "" {
		sources = append(sources, app.SourceLink{Source: app.Source{Name: outlet, Kind: app.SourceNewsOutlet}, Role: app.RoleReportedBy})
	}
	return app.Imported{Notice: n, Sources: sources}
}
