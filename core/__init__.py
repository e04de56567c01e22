"""What several apps share and none of them owns; imports no other app of the site."""
