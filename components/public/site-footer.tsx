import { ICP_RECORD_LINK, policeRecordLink, type SiteSettings } from "@/lib/server/site/site-settings";

// The public site's footer as every government site has it: 主办单位, 承办单位 and contact,
// 网站标识码, ICP 备案号 and 公安备案号 (with the public security bureau's record page), from the
// settings the admin keeps (app/(staff)/staff/admin/site). Items left empty are not shown.

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <li>
      <span className="footer-label">{label}：</span>
      {children}
    </li>
  );
}

export function SiteFooter({ site }: { site: SiteSettings }) {
  const policeLink = policeRecordLink(site.policeRecord);
  const organisation = site.sponsor || site.operator;
  const contact = site.phone || site.address || site.email;
  const records = site.siteCode || site.icpRecord || site.policeRecord;
  return (
    <footer className="public-footer">
      <div className="public-shell">
        {organisation && (
          <ul className="footer-line" aria-label="主办与承办">
            {site.sponsor && <Item label="主办单位">{site.sponsor}</Item>}
            {site.operator && <Item label="承办单位">{site.operator}</Item>}
          </ul>
        )}
        {contact && (
          <ul className="footer-line" aria-label="联系方式">
            {site.phone && <Item label="联系电话">{site.phone}</Item>}
            {site.address && <Item label="通信地址">{site.address}</Item>}
            {site.email && (
              <Item label="电子邮箱">
                <a href={`mailto:${site.email}`}>{site.email}</a>
              </Item>
            )}
          </ul>
        )}
        {records && (
          <ul className="footer-line" aria-label="网站备案">
            {site.siteCode && <Item label="网站标识码">{site.siteCode}</Item>}
            {site.icpRecord && (
              <li>
                <a href={ICP_RECORD_LINK} rel="noopener noreferrer">
                  {site.icpRecord}
                </a>
              </li>
            )}
            {site.policeRecord && (
              <li>
                {policeLink ? (
                  <a href={policeLink} rel="noopener noreferrer">
                    {site.policeRecord}
                  </a>
                ) : (
                  site.policeRecord
                )}
              </li>
            )}
          </ul>
        )}
        <p className="footer-note">
          依据《中华人民共和国政府信息公开条例》第四十九条、第五十条公开的政府信息公开工作年度报告。
        </p>
      </div>
    </footer>
  );
}
